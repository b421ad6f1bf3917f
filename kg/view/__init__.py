"""The HTML view: the graph drawn as one offline page, with a side panel, a reader and a timeline.

``render`` writes the page, joining the files of ``page/`` (one CSS and one script file per
feature) around the data it hands the script, whose shape ``data`` describes; ``describe``
says each fact in plain English for the panel; ``reader`` checks the article texts and finds
the evidence in them for the reader pane and the timeline.
"""
