"""Documents for the data-protection officer: the consent register (CSV, JSON, HTML for
PDF), the record of processing, the lost-phone report, the staff rules and the proof for
one number. This package only lays out what ``services.reports`` gathered; it reads no
vault and decides nothing."""
