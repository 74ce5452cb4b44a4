"""Reporters: each formats findings (or an extraction) and knows nothing of rules or file formats."""
