"""contactvault: business contacts in an encrypted vault, only consented numbers on WhatsApp."""

__version__ = "0.1.0"
