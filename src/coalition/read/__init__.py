"""Reading: turn files, feeds and directories into :class:`~coalition.model.Article` objects.

The first step on the path an article takes (read → extract → resolve → store → serve).
"""
