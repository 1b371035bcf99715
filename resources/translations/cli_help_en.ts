<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CliHelp</name>
        <message>
            <source>Business contacts in an encrypted vault; only consented numbers go onto the WhatsApp phone.</source>
            <translation>Business contacts in an encrypted vault; only consented numbers go onto the WhatsApp phone.</translation>
        </message>
        <message>
            <source>vault file (default: the user data directory)</source>
            <translation>vault file (default: the user data directory)</translation>
        </message>
        <message>
            <source>read the passphrase from FILE (for scripts; less safe)</source>
            <translation>read the passphrase from FILE (for scripts; less safe)</translation>
        </message>
        <message>
            <source>start the desktop app</source>
            <translation>start the desktop app</translation>
        </message>
        <message>
            <source>create a new encrypted vault</source>
            <translation>create a new encrypted vault</translation>
        </message>
        <message>
            <source>change the vault's passphrase</source>
            <translation>change the vault's passphrase</translation>
        </message>
        <message>
            <source>write an encrypted copy of the vault</source>
            <translation>write an encrypted copy of the vault</translation>
        </message>
        <message>
            <source>replace the vault with an encrypted backup</source>
            <translation>replace the vault with an encrypted backup</translation>
        </message>
        <message>
            <source>read every page of the vault and report damage</source>
            <translation>read every page of the vault and report damage</translation>
        </message>
        <message>
            <source>remember the passphrase in the secret store</source>
            <translation>remember the passphrase in the secret store</translation>
        </message>
        <message>
            <source>remove the passphrase from the secret store</source>
            <translation>remove the passphrase from the secret store</translation>
        </message>
        <message>
            <source>import vCard or CSV address books</source>
            <translation>import vCard or CSV address books</translation>
        </message>
        <message>
            <source>list contacts</source>
            <translation>list contacts</translation>
        </message>
        <message>
            <source>show one contact with everything stored about it</source>
            <translation>show one contact with everything stored about it</translation>
        </message>
        <message>
            <source>set the category of contacts</source>
            <translation>set the category of contacts</translation>
        </message>
        <message>
            <source>the 'secure contacts first, then install' procedure for a WhatsApp phone</source>
            <translation>the 'secure contacts first, then install' procedure for a WhatsApp phone</translation>
        </message>
        <message>
            <source>record and show consent per phone number</source>
            <translation>record and show consent per phone number</translation>
        </message>
        <message>
            <source>texts for customers: information notice, revocation</source>
            <translation>texts for customers: information notice, revocation</translation>
        </message>
        <message>
            <source>read exported WhatsApp chats</source>
            <translation>read exported WhatsApp chats</translation>
        </message>
        <message>
            <source>WhatsApp phones that exports are made for</source>
            <translation>WhatsApp phones that exports are made for</translation>
        </message>
        <message>
            <source>write the vCard for a WhatsApp phone</source>
            <translation>write the vCard for a WhatsApp phone</translation>
        </message>
        <message>
            <source>numbers to delete from a WhatsApp phone</source>
            <translation>numbers to delete from a WhatsApp phone</translation>
        </message>
        <message>
            <source>make a phone's CardDAV address book hold exactly its eligible contacts</source>
            <translation>make a phone's CardDAV address book hold exactly its eligible contacts</translation>
        </message>
        <message>
            <source>run a CardDAV server on this PC for the WhatsApp phones</source>
            <translation>run a CardDAV server on this PC for the WhatsApp phones</translation>
        </message>
        <message>
            <source>the tamper-evident audit trail</source>
            <translation>the tamper-evident audit trail</translation>
        </message>
        <message>
            <source>show and change the vault's settings (policy, company details for the notice, …)</source>
            <translation>show and change the vault's settings (policy, company details for the notice, …)</translation>
        </message>
        <message>
            <source>the data-protection officer's overview and documents</source>
            <translation>the data-protection officer's overview and documents</translation>
        </message>
        <message>
            <source>the proof for one number: first message, notice, answer, every export and removal, with audit entries</source>
            <translation>the proof for one number: first message, notice, answer, every export and removal, with audit entries</translation>
        </message>
        <message>
            <source>data-subject requests: access, erasure, rectification, restriction, objection</source>
            <translation>data-subject requests: access, erasure, rectification, restriction, objection</translation>
        </message>
        <message>
            <source>address books to import once the vault is unlocked</source>
            <translation>address books to import once the vault is unlocked</translation>
        </message>
        <message>
            <source>remember the passphrase in the system's secret store</source>
            <translation>remember the passphrase in the system's secret store</translation>
        </message>
        <message>
            <source>read the new passphrase from this file</source>
            <translation>read the new passphrase from this file</translation>
        </message>
        <message>
            <source>replace the file if it exists (never a vault or a backup: those are refused even with --force; exit code 12)</source>
            <translation>replace the file if it exists (never a vault or a backup: those are refused even with --force; exit code 12)</translation>
        </message>
        <message>
            <source>the audit trail head printed when the backup was written; refuses a backup that no longer holds it</source>
            <translation>the audit trail head printed when the backup was written; refuses a backup that no longer holds it</translation>
        </message>
        <message>
            <source>default region for numbers without country code (DE)</source>
            <translation>default region for numbers without country code (DE)</translation>
        </message>
        <message>
            <source>print the report as JSON</source>
            <translation>print the report as JSON</translation>
        </message>
        <message>
            <source>what a column of a table (CSV, Excel, OpenDocument) holds, e.g. "Handy=phone"; FIELD is one of name, given, middle, family, prefix, suffix, company, department, title, phone, email, note, ignore; repeatable</source>
            <translation>what a column of a table (CSV, Excel, OpenDocument) holds, e.g. "Handy=phone"; FIELD is one of name, given, middle, family, prefix, suffix, company, department, title, phone, email, note, ignore; repeatable</translation>
        </message>
        <message>
            <source>show how the columns will be read and the first rows; import nothing</source>
            <translation>show how the columns will be read and the first rows; import nothing</translation>
        </message>
        <message>
            <source>import records of people who were erased earlier (GDPR Art. 17); without it they are reported and skipped</source>
            <translation>import records of people who were erased earlier (GDPR Art. 17); without it they are reported and skipped</translation>
        </message>
        <message>
            <source>text or digits to look for</source>
            <translation>text or digits to look for</translation>
        </message>
        <message>
            <source>where the procedure stands for a phone</source>
            <translation>where the procedure stands for a phone</translation>
        </message>
        <message>
            <source>step 1: starting point and route</source>
            <translation>step 1: starting point and route</translation>
        </message>
        <message>
            <source>step 2: the phone's contacts were exported</source>
            <translation>step 2: the phone's contacts were exported</translation>
        </message>
        <message>
            <source>step 3: import the exported file(s), compare counts</source>
            <translation>step 3: import the exported file(s), compare counts</translation>
        </message>
        <message>
            <source>step 4: record the counts per category</source>
            <translation>step 4: record the counts per category</translation>
        </message>
        <message>
            <source>step 5: confirm the phone was cleared</source>
            <translation>step 5: confirm the phone was cleared</translation>
        </message>
        <message>
            <source>step 6: WhatsApp installed on the cleared phone</source>
            <translation>step 6: WhatsApp installed on the cleared phone</translation>
        </message>
        <message>
            <source>step 7: write the export for the phone's route</source>
            <translation>step 7: write the export for the phone's route</translation>
        </message>
        <message>
            <source>step 8: confirm the contacts are on the phone</source>
            <translation>step 8: confirm the contacts are on the phone</translation>
        </message>
        <message>
            <source>write the protocol (PDF, or HTML by extension)</source>
            <translation>write the protocol (PDF, or HTML by extension)</translation>
        </message>
        <message>
            <source>route B/C: the selection list or links sheet (PDF or HTML by extension), recorded as an export</source>
            <translation>route B/C: the selection list or links sheet (PDF or HTML by extension), recorded as an export</translation>
        </message>
        <message>
            <source>print the instructions for a step</source>
            <translation>print the instructions for a step</translation>
        </message>
        <message>
            <source>the WhatsApp phone</source>
            <translation>the WhatsApp phone</translation>
        </message>
        <message>
            <source>dedicated (A), selected (B) or no_address_book (C)</source>
            <translation>dedicated (A), selected (B) or no_address_book (C)</translation>
        </message>
        <message>
            <source>start over for a phone whose procedure was done before</source>
            <translation>start over for a phone whose procedure was done before</translation>
        </message>
        <message>
            <source>new phone: nothing to export</source>
            <translation>new phone: nothing to export</translation>
        </message>
        <message>
            <source>the number of contacts the phone shows</source>
            <translation>the number of contacts the phone shows</translation>
        </message>
        <message>
            <source>nothing to import (new phone)</source>
            <translation>nothing to import (new phone)</translation>
        </message>
        <message>
            <source>what was done about WhatsApp on the phone</source>
            <translation>what was done about WhatsApp on the phone</translation>
        </message>
        <message>
            <source>route B only</source>
            <translation>route B only</translation>
        </message>
        <message>
            <source>de or en (selection list, links sheet)</source>
            <translation>de or en (selection list, links sheet)</translation>
        </message>
        <message>
            <source>de or en (default: the interface language)</source>
            <translation>de or en (default: the interface language)</translation>
        </message>
        <message>
            <source>record explicit consent (or, with --basis, another legal basis)</source>
            <translation>record explicit consent (or, with --basis, another legal basis)</translation>
        </message>
        <message>
            <source>record implied consent by conduct (the customer wrote first on WhatsApp)</source>
            <translation>record implied consent by conduct (the customer wrote first on WhatsApp)</translation>
        </message>
        <message>
            <source>record a revocation</source>
            <translation>record a revocation</translation>
        </message>
        <message>
            <source>record that consent was requested</source>
            <translation>record that consent was requested</translation>
        </message>
        <message>
            <source>record that a consent expired</source>
            <translation>record that a consent expired</translation>
        </message>
        <message>
            <source>record an objection (GDPR Art. 21): revokes, and a later implied consent no longer counts</source>
            <translation>record an objection (GDPR Art. 21): revokes, and a later implied consent no longer counts</translation>
        </message>
        <message>
            <source>record that the information notice was sent (the text of 'notice show', kept in the vault)</source>
            <translation>record that the information notice was sent (the text of 'notice show', kept in the vault)</translation>
        </message>
        <message>
            <source>list the files kept as evidence, or save copies</source>
            <translation>list the files kept as evidence, or save copies</translation>
        </message>
        <message>
            <source>keep files as evidence with an event recorded earlier (encrypted in the vault)</source>
            <translation>keep files as evidence with an event recorded earlier (encrypted in the vault)</translation>
        </message>
        <message>
            <source>every consent event of a number</source>
            <translation>every consent event of a number</translation>
        </message>
        <message>
            <source>every number with the policy's decision</source>
            <translation>every number with the policy's decision</translation>
        </message>
        <message>
            <source>a number as typed (0171 1000001, +49 171 1000001), a contact id (12 or #12) or a phone id (phone:34)</source>
            <translation>a number as typed (0171 1000001, +49 171 1000001), a contact id (12 or #12) or a phone id (phone:34)</translation>
        </message>
        <message>
            <source>e.g. the customer's reply, or where the signed form is filed</source>
            <translation>e.g. the customer's reply, or where the signed form is filed</translation>
        </message>
        <message>
            <source>when it happened, local time (23.11.2026, 23.11.2026 14:05 or ISO 8601 such as 2026-11-23 14:05; default: now)</source>
            <translation>when it happened, local time (23.11.2026, 23.11.2026 14:05 or ISO 8601 such as 2026-11-23 14:05; default: now)</translation>
        </message>
        <message>
            <source>a file to keep with the event, encrypted in the vault (a screenshot of the chat, a scanned form); repeat for several</source>
            <translation>a file to keep with the event, encrypted in the vault (a screenshot of the chat, a scanned form); repeat for several</translation>
        </message>
        <message>
            <source>the contact whose consent it is, for a number stored for several contacts (a phone gets it once, under this one)</source>
            <translation>the contact whose consent it is, for a number stored for several contacts (a phone gets it once, under this one)</translation>
        </message>
        <message>
            <source>what the consent is for (default: service; advertising needs its own explicit consent)</source>
            <translation>what the consent is for (default: service; advertising needs its own explicit consent)</translation>
        </message>
        <message>
            <source>the information notice in force was handed over with the request (e.g. on the signed form): the consent is informed without an earlier notice-sent</source>
            <translation>the information notice in force was handed over with the request (e.g. on the signed form): the consent is informed without an earlier notice-sent</translation>
        </message>
        <message>
            <source>language of the notice sent (default: the contact's)</source>
            <translation>language of the notice sent (default: the contact's)</translation>
        </message>
        <message>
            <source>an event (event:17) or a number: a number as typed (0171 1000001, +49 171 1000001), a contact id (12 or #12) or a phone id (phone:34)</source>
            <translation>an event (event:17) or a number: a number as typed (0171 1000001, +49 171 1000001), a contact id (12 or #12) or a phone id (phone:34)</translation>
        </message>
        <message>
            <source>write a copy of each file into DIR (owner-only, never overwrites)</source>
            <translation>write a copy of each file into DIR (owner-only, never overwrites)</translation>
        </message>
        <message>
            <source>with --output: only this file (its id as listed)</source>
            <translation>with --output: only this file (its id as listed)</translation>
        </message>
        <message>
            <source>with --file: write that file to PATH (a file or a folder; never overwrites)</source>
            <translation>with --file: write that file to PATH (a file or a folder; never overwrites)</translation>
        </message>
        <message>
            <source>the event's id as 'consent history' shows it: event:17 or 17</source>
            <translation>the event's id as 'consent history' shows it: event:17 or 17</translation>
        </message>
        <message>
            <source>only this status</source>
            <translation>only this status</translation>
        </message>
        <message>
            <source>print the information notice in force</source>
            <translation>print the information notice in force</translation>
        </message>
        <message>
            <source>print the revocation confirmation for a number</source>
            <translation>print the revocation confirmation for a number</translation>
        </message>
        <message>
            <source>the wording for this policy, or for phones also used for advertising (default: the one in force)</source>
            <translation>the wording for this policy, or for phones also used for advertising (default: the one in force)</translation>
        </message>
        <message>
            <source>record that this confirmation was sent to the customer</source>
            <translation>record that this confirmation was sent to the customer</translation>
        </message>
        <message>
            <source>with --mark-sent: when it was sent (default: now)</source>
            <translation>with --mark-sent: when it was sent (default: now)</translation>
        </message>
        <message>
            <source>list the consent events WhatsApp chat exports (.txt or .zip) propose, with the senders, the date order and what looks wrong; nothing is stored</source>
            <translation>list the consent events WhatsApp chat exports (.txt or .zip) propose, with the senders, the date order and what looks wrong; nothing is stored</translation>
        </message>
        <message>
            <source>record the consent events of a WhatsApp chat that you accept</source>
            <translation>record the consent events of a WhatsApp chat that you accept</translation>
        </message>
        <message>
            <source>Reads WhatsApp chat exports (the .txt, or the .zip WhatsApp shares) and lists each chat's senders, how its dates are ordered, the lines that need a look, and the consent events it proposes (each with an id for 'contactvault chat apply', the event, the time, the verbatim line and why). Nothing is stored. The vault is read when it opens without asking (a scripted or remembered passphrase): then the earlier notice wordings it kept are known too.</source>
            <translation>Reads WhatsApp chat exports (the .txt, or the .zip WhatsApp shares) and lists each chat's senders, how its dates are ordered, the lines that need a look, and the consent events it proposes (each with an id for 'contactvault chat apply', the event, the time, the verbatim line and why). Nothing is stored. The vault is read when it opens without asking (a scripted or remembered passphrase): then the earlier notice wordings it kept are known too.</translation>
        </message>
        <message>
            <source>exported chats (.txt or .zip)</source>
            <translation>exported chats (.txt or .zip)</translation>
        </message>
        <message>
            <source>how the phone writes dates, when the chat cannot tell (no day above 12): day-first for 29.11.26, month-first for 11/29/26</source>
            <translation>how the phone writes dates, when the chat cannot tell (no day above 12): day-first for 29.11.26, month-first for 11/29/26</translation>
        </message>
        <message>
            <source>the phone's time zone (default: Europe/Berlin)</source>
            <translation>the phone's time zone (default: Europe/Berlin)</translation>
        </message>
        <message>
            <source>the business's sender name in the chat, when it cannot be told (no notice in the chat, and the file name names no sender)</source>
            <translation>the business's sender name in the chat, when it cannot be told (no notice in the chat, and the file name names no sender)</translation>
        </message>
        <message>
            <source>print the result as JSON</source>
            <translation>print the result as JSON</translation>
        </message>
        <message>
            <source>Records the proposals of one chat export that you accept (ids from 'contactvault chat scan'), each with the verbatim line, its time and the file's SHA-256 as evidence; nothing else of the chat is kept. Applying the same file again adds nothing. When the chat shows the partner only by a saved name, confirm the contact (--contact); a number not yet in the vault is added only with --add-contact.</source>
            <translation>Records the proposals of one chat export that you accept (ids from 'contactvault chat scan'), each with the verbatim line, its time and the file's SHA-256 as evidence; nothing else of the chat is kept. Applying the same file again adds nothing. When the chat shows the partner only by a saved name, confirm the contact (--contact); a number not yet in the vault is added only with --add-contact.</translation>
        </message>
        <message>
            <source>the exported chat (.txt or .zip)</source>
            <translation>the exported chat (.txt or .zip)</translation>
        </message>
        <message>
            <source>the ids of the proposals to record</source>
            <translation>the ids of the proposals to record</translation>
        </message>
        <message>
            <source>record every proposal that needs no check (those marked 'check' are recorded only when named with --accept)</source>
            <translation>record every proposal that needs no check (those marked 'check' are recorded only when named with --accept)</translation>
        </message>
        <message>
            <source>the contact the chat is with (confirms a match by name)</source>
            <translation>the contact the chat is with (confirms a match by name)</translation>
        </message>
        <message>
            <source>the partner's number, when the chat shows only a name</source>
            <translation>the partner's number, when the chat shows only a name</translation>
        </message>
        <message>
            <source>add the partner's number as a new contact (category customer, named as in the chat) when it is not in the vault</source>
            <translation>add the partner's number as a new contact (category customer, named as in the chat) when it is not in the vault</translation>
        </message>
        <message>
            <source>with --add-contact: add the number although the person was erased earlier at their request (they have come back to you)</source>
            <translation>with --add-contact: add the number although the person was erased earlier at their request (they have come back to you)</translation>
        </message>
        <message>
            <source>add a WhatsApp phone</source>
            <translation>add a WhatsApp phone</translation>
        </message>
        <message>
            <source>list the WhatsApp phones</source>
            <translation>list the WhatsApp phones</translation>
        </message>
        <message>
            <source>a phone: its exports, what it holds and why</source>
            <translation>a phone: its exports, what it holds and why</translation>
        </message>
        <message>
            <source>publish this phone's contacts to its address book on a CardDAV server</source>
            <translation>publish this phone's contacts to its address book on a CardDAV server</translation>
        </message>
        <message>
            <source>who uses the phone</source>
            <translation>who uses the phone</translation>
        </message>
        <message>
            <source>the phone's own number</source>
            <translation>the phone's own number</translation>
        </message>
        <message>
            <source>Set the phone's own address book on a CardDAV server (Nextcloud, Radicale, any RFC 6352 server); 'contactvault publish' then keeps it holding exactly the phone's eligible contacts.</source>
            <translation>Set the phone's own address book on a CardDAV server (Nextcloud, Radicale, any RFC 6352 server); 'contactvault publish' then keeps it holding exactly the phone's eligible contacts.</translation>
        </message>
        <message>
            <source>The login's password is asked on the terminal and kept in the system's secret store, never in the vault; for scripts it can come from CONTACTVAULT_CARDDAV_PASSWORD (less safe: other programs of the same user may read it).</source>
            <translation>The login's password is asked on the terminal and kept in the system's secret store, never in the vault; for scripts it can come from CONTACTVAULT_CARDDAV_PASSWORD (less safe: other programs of the same user may read it).</translation>
        </message>
        <message>
            <source>the address book's own address (https://…)</source>
            <translation>the address book's own address (https://…)</translation>
        </message>
        <message>
            <source>the login that may write the address book</source>
            <translation>the login that may write the address book</translation>
        </message>
        <message>
            <source>the server's certificate file, for a server whose certificate is self-signed</source>
            <translation>the server's certificate file, for a server whose certificate is self-signed</translation>
        </message>
        <message>
            <source>store the settings without asking the server first</source>
            <translation>store the settings without asking the server first</translation>
        </message>
        <message>
            <source>no address book for this phone any more (file exports only)</source>
            <translation>no address book for this phone any more (file exports only)</translation>
        </message>
        <message>
            <source>only numbers not on the phone yet (phones do not merge duplicates)</source>
            <translation>only numbers not on the phone yet (phones do not merge duplicates)</translation>
        </message>
        <message>
            <source>list who would be exported and who not, with the reason; write nothing</source>
            <translation>list who would be exported and who not, with the reason; write nothing</translation>
        </message>
        <message>
            <source>the vCard file to write</source>
            <translation>the vCard file to write</translation>
        </message>
        <message>
            <source>print the plan or result as JSON</source>
            <translation>print the plan or result as JSON</translation>
        </message>
        <message>
            <source>vcard (route A), selection list (route B) or links sheet with QR codes (route C); selection and links as PDF or HTML by -o's extension</source>
            <translation>vcard (route A), selection list (route B) or links sheet with QR codes (route C); selection and links as PDF or HTML by -o's extension</translation>
        </message>
        <message>
            <source>confirm that this number was deleted from the phone (repeatable); erased:N confirms the entries of erasure N</source>
            <translation>confirm that this number was deleted from the phone (repeatable); erased:N confirms the entries of erasure N</translation>
        </message>
        <message>
            <source>Publish to the phone's address book on its CardDAV server (set with 'contactvault devices carddav'): cards that are missing are created, changed ones replaced, and cards whose numbers may no longer be on the phone deleted. The phone takes the changes at its next sync.</source>
            <translation>Publish to the phone's address book on its CardDAV server (set with 'contactvault devices carddav'): cards that are missing are created, changed ones replaced, and cards whose numbers may no longer be on the phone deleted. The phone takes the changes at its next sync.</translation>
        </message>
        <message>
            <source>every phone whose address book holds a number that must go (revoked, expired, erased, …), with the password kept for it; for a daily scheduled task, so expired consent leaves the phones</source>
            <translation>every phone whose address book holds a number that must go (revoked, expired, erased, …), with the password kept for it; for a daily scheduled task, so expired consent leaves the phones</translation>
        </message>
        <message>
            <source>list what would change on the server; change nothing</source>
            <translation>list what would change on the server; change nothing</translation>
        </message>
        <message>
            <source>For offices without a CardDAV server: runs one on this PC (TLS with its own certificate, data in the user's data folder). Each phone gets a login that may only read its own address book; only contactvault writes to it, when publishing. Prints what to enter on each phone, a QR code for DAVx5 and an iOS profile. Ctrl-C stops it.</source>
            <translation>For offices without a CardDAV server: runs one on this PC (TLS with its own certificate, data in the user's data folder). Each phone gets a login that may only read its own address book; only contactvault writes to it, when publishing. Prints what to enter on each phone, a QR code for DAVx5 and an iOS profile. Ctrl-C stops it.</translation>
        </message>
        <message>
            <source>the port to listen on</source>
            <translation>the port to listen on</translation>
        </message>
        <message>
            <source>the address the phones reach this PC by (default: its address on the local network)</source>
            <translation>the address the phones reach this PC by (default: its address on the local network)</translation>
        </message>
        <message>
            <source>set the server up and print the connection data; do not run it</source>
            <translation>set the server up and print the connection data; do not run it</translation>
        </message>
        <message>
            <source>list audit entries</source>
            <translation>list audit entries</translation>
        </message>
        <message>
            <source>check the hash chain and the records it covers; exits non-zero if broken</source>
            <translation>check the hash chain and the records it covers; exits non-zero if broken</translation>
        </message>
        <message>
            <source>only entries at or after this time (23.11.2026, 23.11.2026 14:05 or ISO 8601)</source>
            <translation>only entries at or after this time (23.11.2026, 23.11.2026 14:05 or ISO 8601)</translation>
        </message>
        <message>
            <source>Prints the head of the trail (entry count and hash). Keep it outside the vault (it is also printed on protocols, export records and backups): --expect COUNT:HASH then shows whether the trail was shortened, rewritten or deleted since. Exit codes: 0 intact; 9 the chain of entries is broken (changed, removed, reordered, cut off, or the log is empty); 10 a record (consent event, export, removal confirmation, procedure step, setting, ...) was changed, deleted or added without an entry; 11 the trail does not hold the head given with --expect; 1 the head given is malformed; 2 the vault cannot be opened.</source>
            <translation>Prints the head of the trail (entry count and hash). Keep it outside the vault (it is also printed on protocols, export records and backups): --expect COUNT:HASH then shows whether the trail was shortened, rewritten or deleted since. Exit codes: 0 intact; 9 the chain of entries is broken (changed, removed, reordered, cut off, or the log is empty); 10 a record (consent event, export, removal confirmation, procedure step, setting, ...) was changed, deleted or added without an entry; 11 the trail does not hold the head given with --expect; 1 the head given is malformed; 2 the vault cannot be opened.</translation>
        </message>
        <message>
            <source>a head printed earlier; fails if the trail no longer holds it</source>
            <translation>a head printed earlier; fails if the trail no longer holds it</translation>
        </message>
        <message>
            <source>every setting with its value</source>
            <translation>every setting with its value</translation>
        </message>
        <message>
            <source>print one setting's value</source>
            <translation>print one setting's value</translation>
        </message>
        <message>
            <source>change one setting (checked and recorded in the audit trail)</source>
            <translation>change one setting (checked and recorded in the audit trail)</translation>
        </message>
        <message>
            <source>e.g. policy.implied_max_days</source>
            <translation>e.g. policy.implied_max_days</translation>
        </message>
        <message>
            <source>e.g. policy.implied_max_days, company.name</source>
            <translation>e.g. policy.implied_max_days, company.name</translation>
        </message>
        <message>
            <source>true/false, a whole number or text, as the setting takes</source>
            <translation>true/false, a whole number or text, as the setting takes</translation>
        </message>
        <message>
            <source>totals and open problems (numbers on a phone without valid consent, open removals, …)</source>
            <translation>totals and open problems (numbers on a phone without valid consent, open removals, …)</translation>
        </message>
        <message>
            <source>every number with its status, legal basis, purpose, dates, evidence, notice version, phones</source>
            <translation>every number with its status, legal basis, purpose, dates, evidence, notice version, phones</translation>
        </message>
        <message>
            <source>record of processing (GDPR Art. 30) for WhatsApp communication with customers</source>
            <translation>record of processing (GDPR Art. 30) for WhatsApp communication with customers</translation>
        </message>
        <message>
            <source>what a lost or stolen phone held, with the breach note (Art. 33/34, 72 hours)</source>
            <translation>what a lost or stolen phone held, with the breach note (Art. 33/34, 72 hours)</translation>
        </message>
        <message>
            <source>the rules for employees as a printable sheet</source>
            <translation>the rules for employees as a printable sheet</translation>
        </message>
        <message>
            <source>every list with all its entries</source>
            <translation>every list with all its entries</translation>
        </message>
        <message>
            <source>every entry of each list (default: the oldest 10)</source>
            <translation>every entry of each list (default: the oldest 10)</translation>
        </message>
        <message>
            <source>default: by the file name's extension, else csv</source>
            <translation>default: by the file name's extension, else csv</translation>
        </message>
        <message>
            <source>CSV separator (default ';', what a German Excel expects)</source>
            <translation>CSV separator (default ';', what a German Excel expects)</translation>
        </message>
        <message>
            <source>default: by the file name's extension, else pdf</source>
            <translation>default: by the file name's extension, else pdf</translation>
        </message>
        <message>
            <source>when the loss became known (default: now); the 72 hours run from it</source>
            <translation>when the loss became known (default: now); the 72 hours run from it</translation>
        </message>
        <message>
            <source>the document (.pdf, .html or .json)</source>
            <translation>the document (.pdf, .html or .json)</translation>
        </message>
        <message>
            <source>everything stored about a person (GDPR Art. 15)</source>
            <translation>everything stored about a person (GDPR Art. 15)</translation>
        </message>
        <message>
            <source>erase a person (GDPR Art. 17), or everyone past the retention period (--retention)</source>
            <translation>erase a person (GDPR Art. 17), or everyone past the retention period (--retention)</translation>
        </message>
        <message>
            <source>keep a contact off every WhatsApp phone until lifted (GDPR Art. 18)</source>
            <translation>keep a contact off every WhatsApp phone until lifted (GDPR Art. 18)</translation>
        </message>
        <message>
            <source>record an objection (GDPR Art. 21): revokes, and later implied consent no longer counts</source>
            <translation>record an objection (GDPR Art. 21): revokes, and later implied consent no longer counts</translation>
        </message>
        <message>
            <source>correct a stored number (GDPR Art. 16); the old one is kept in the history</source>
            <translation>correct a stored number (GDPR Art. 16); the old one is kept in the history</translation>
        </message>
        <message>
            <source>list the erasures (when, by whom, why)</source>
            <translation>list the erasures (when, by whom, why)</translation>
        </message>
        <message>
            <source>contact id, name or phone number</source>
            <translation>contact id, name or phone number</translation>
        </message>
        <message>
            <source>json or pdf (default: by the file's extension, JSON unless .pdf)</source>
            <translation>json or pdf (default: by the file's extension, JSON unless .pdf)</translation>
        </message>
        <message>
            <source>language of the document</source>
            <translation>language of the document</translation>
        </message>
        <message>
            <source>erase every contact without activity for retention.review_months</source>
            <translation>erase every contact without activity for retention.review_months</translation>
        </message>
        <message>
            <source>only show what would be erased</source>
            <translation>only show what would be erased</translation>
        </message>
        <message>
            <source>do not ask for confirmation (scripts)</source>
            <translation>do not ask for confirmation (scripts)</translation>
        </message>
        <message>
            <source>lift the restriction</source>
            <translation>lift the restriction</translation>
        </message>
        <message>
            <source>what the person said, and where</source>
            <translation>what the person said, and where</translation>
        </message>
        <message>
            <source>when it happened (default: now)</source>
            <translation>when it happened (default: now)</translation>
        </message>
        <message>
            <source>the number as stored (or in any usual form)</source>
            <translation>the number as stored (or in any usual form)</translation>
        </message>
        <message>
            <source>the correct number</source>
            <translation>the correct number</translation>
        </message>
        <message>
            <source>why it was corrected</source>
            <translation>why it was corrected</translation>
        </message>
    </context>
</TS>
