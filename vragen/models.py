"""Questions at the desk and online; built in the question-desk issue."""
