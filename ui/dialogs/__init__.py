"""dialogs of the Honghua UI."""
