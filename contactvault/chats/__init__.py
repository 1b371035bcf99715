"""Chats exported from WhatsApp ("Export chat"): read into typed messages.

``whatsapp.read_chat`` reads a ``.txt`` export or the ``.zip`` WhatsApp shares; nothing
here touches the vault. The day/month order of the dates is decided from the file or
given by the caller, never guessed (see ``whatsapp``).
"""
