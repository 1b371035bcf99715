"""wizards of the desktop app."""
