"""The "secure contacts first, then install" procedure: its steps, their order rules,
the instruction templates, and the documents it produces (protocol, selection list,
links sheet). Qt-free; documents are HTML, rendered to PDF by contactvault.gui.printing.
"""
