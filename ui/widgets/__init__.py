"""widgets of the Honghua UI."""
