"""windows of the desktop app."""
