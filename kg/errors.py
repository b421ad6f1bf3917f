"""Errors a user can act on: each says what failed, where, and what to do."""

from __future__ import annotations


class KgError(Exception):
    """Base of every error kg reports to a user (the CLI prints it on one line)."""


class InputError(KgError):
    """An article or graph file could not be read."""


class ModelError(KgError):
    """The spaCy pipeline could not be loaded."""


class QueryError(KgError):
    """A SPARQL query is malformed, unknown, or not allowed."""


class ExportError(KgError):
    """A graph could not be written in the requested format."""


class StoreError(KgError):
    """The project store is missing, locked by another writer, or has no such article."""


class RemoteError(KgError):
    """A remote SPARQL server could not be reached, refused a request, or answered badly."""
