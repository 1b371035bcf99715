<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Passphrase for the vault: </source>
        <translation>Passphrase for the vault: </translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Repeat it: </translation>
    </message>
    <message>
        <source>the two entries differ</source>
        <translation>the two entries differ</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About contactvault</source>
        <translation>About contactvault</translation>
    </message>
    <message>
        <source>Business contacts in an encrypted vault; only consented numbers go onto the WhatsApp phone.</source>
        <translation>Business contacts in an encrypted vault; only consented numbers go onto the WhatsApp phone.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.</translation>
    </message>
    <message>
        <source>Built on these libraries:</source>
        <translation>Built on these libraries:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>File not written</source>
        <translation>File not written</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Replace file?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 exists already. Replace it?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>entries before entry {seq} are missing</source>
        <translation>entries before entry {seq} are missing</translation>
    </message>
    <message>
        <source>entry {seq} does not follow the entry before it (removed, inserted or reordered)</source>
        <translation>entry {seq} does not follow the entry before it (removed, inserted or reordered)</translation>
    </message>
    <message>
        <source>entry {seq} was changed after it was written</source>
        <translation>entry {seq} was changed after it was written</translation>
    </message>
    <message>
        <source>entries after entry {seq} are missing (the log was cut off)</source>
        <translation>entries after entry {seq} are missing (the log was cut off)</translation>
    </message>
    <message>
        <source>the audit trail is empty, but the vault holds data (the log was deleted)</source>
        <translation>the audit trail is empty, but the vault holds data (the log was deleted)</translation>
    </message>
    <message>
        <source>{record} no longer matches entry {seq}: it was changed or deleted after it was recorded</source>
        <translation>{record} no longer matches entry {seq}: it was changed or deleted after it was recorded</translation>
    </message>
    <message>
        <source>{record} has no entry in the audit trail: it was added behind the program&apos;s back</source>
        <translation>{record} has no entry in the audit trail: it was added behind the program&apos;s back</translation>
    </message>
    <message>
        <source>the structure of the recorded tables (columns or protective triggers) was changed after entry {seq}</source>
        <translation>the structure of the recorded tables (columns or protective triggers) was changed after entry {seq}</translation>
    </message>
    <message>
        <source>the structure of the recorded tables is in no entry</source>
        <translation>the structure of the recorded tables is in no entry</translation>
    </message>
    <message>
        <source>the trail has only {count} entries, but {expected} were printed earlier: entries were removed</source>
        <translation>the trail has only {count} entries, but {expected} were printed earlier: entries were removed</translation>
    </message>
    <message>
        <source>entry {expected} is not the one printed earlier: the trail was rewritten</source>
        <translation>entry {expected} is not the one printed earlier: the trail was rewritten</translation>
    </message>
    <message>
        <source>{record} was not what the consent policy decides from the recorded events: it was changed behind the program&apos;s back. It has been discarded; the number&apos;s status is decided again from its events</source>
        <translation>{record} was not what the consent policy decides from the recorded events: it was changed behind the program&apos;s back. It has been discarded; the number&apos;s status is decided again from its events</translation>
    </message>
    <message>
        <source>{record} is not what the consent policy decides from the recorded events: it was changed behind the program&apos;s back, and the status shown for the number may be wrong until the vault can be written again</source>
        <translation>{record} is not what the consent policy decides from the recorded events: it was changed behind the program&apos;s back, and the status shown for the number may be wrong until the vault can be written again</translation>
    </message>
    <message>
        <source>consent event {value}</source>
        <translation>consent event {value}</translation>
    </message>
    <message>
        <source>sent text {value}</source>
        <translation>sent text {value}</translation>
    </message>
    <message>
        <source>export {value}</source>
        <translation>export {value}</translation>
    </message>
    <message>
        <source>the numbers of export {value}</source>
        <translation>the numbers of export {value}</translation>
    </message>
    <message>
        <source>removal confirmation {value}</source>
        <translation>removal confirmation {value}</translation>
    </message>
    <message>
        <source>procedure run {value}</source>
        <translation>procedure run {value}</translation>
    </message>
    <message>
        <source>procedure step {value}</source>
        <translation>procedure step {value}</translation>
    </message>
    <message>
        <source>setting {value}</source>
        <translation>setting {value}</translation>
    </message>
    <message>
        <source>WhatsApp phone {value}</source>
        <translation>WhatsApp phone {value}</translation>
    </message>
    <message>
        <source>evidence file {value}</source>
        <translation>evidence file {value}</translation>
    </message>
    <message>
        <source>erasure {value}</source>
        <translation>erasure {value}</translation>
    </message>
    <message>
        <source>the keyed hashes of erasure {value}</source>
        <translation>the keyed hashes of erasure {value}</translation>
    </message>
    <message>
        <source>number correction {value}</source>
        <translation>number correction {value}</translation>
    </message>
    <message>
        <source>the consent decision kept for {value}</source>
        <translation>the consent decision kept for {value}</translation>
    </message>
    <message>
        <source>up to {value}</source>
        <translation>up to {value}</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entry/entries checked.</source>
        <translation>
            <numerusform>The audit trail is intact: %n entry checked.</numerusform>
            <numerusform>The audit trail is intact: %n entries checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>It still holds the head printed earlier.</source>
        <translation>It still holds the head printed earlier.</translation>
    </message>
    <message>
        <source>The audit trail is BROKEN: %1.</source>
        <translation>The audit trail is BROKEN: %1.</translation>
    </message>
    <message>
        <source>Check the audit trail</source>
        <translation>Check the audit trail</translation>
    </message>
    <message>
        <source>Consent events, exports, removal confirmations, procedure steps and settings are chained by their checksums. The check shows whether anything was changed behind the program&apos;s back. Against someone who knows the passphrase and rewrites everything, only a head printed earlier and kept outside the vault helps: enter it below.</source>
        <translation>Consent events, exports, removal confirmations, procedure steps and settings are chained by their checksums. The check shows whether anything was changed behind the program&apos;s back. Against someone who knows the passphrase and rewrites everything, only a head printed earlier and kept outside the vault helps: enter it below.</translation>
    </message>
    <message>
        <source>Head printed &amp;earlier:</source>
        <translation>Head printed &amp;earlier:</translation>
    </message>
    <message>
        <source>optional, e.g. 57:3f9a0c1d2e4b5a69 (from a protocol, export or backup)</source>
        <translation>optional, e.g. 57:3f9a0c1d2e4b5a69 (from a protocol, export or backup)</translation>
    </message>
    <message>
        <source>Head printed earlier</source>
        <translation>Head printed earlier</translation>
    </message>
    <message>
        <source>Head now:</source>
        <translation>Head now:</translation>
    </message>
    <message>
        <source>Head of the audit trail now</source>
        <translation>Head of the audit trail now</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>C&amp;opy the head</source>
        <translation>C&amp;opy the head</translation>
    </message>
</context>
<context>
    <name>CarddavDialog</name>
    <message>
        <source>CardDAV address book of %1</source>
        <translation>CardDAV address book of %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>gone from the server</source>
        <translation>gone from the server</translation>
    </message>
    <message>
        <source>kept in the system&apos;s secret store</source>
        <translation>kept in the system&apos;s secret store</translation>
    </message>
    <message>
        <source>(erased person)</source>
        <translation>(erased person)</translation>
    </message>
    <message>
        <source>Removed from the server (%1)</source>
        <translation>Removed from the server (%1)</translation>
    </message>
    <message>
        <source>Enter the password of the login.</source>
        <translation>Enter the password of the login.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <source>Saved: the server accepted the login.</source>
        <translation>Saved: the server accepted the login.</translation>
    </message>
    <message>
        <source>The phone has no CardDAV address book any more; cards already on the server stay there until you delete them.</source>
        <translation>The phone has no CardDAV address book any more; cards already on the server stay there until you delete them.</translation>
    </message>
    <message>
        <source>Comparing with the server…</source>
        <translation>Comparing with the server…</translation>
    </message>
    <message>
        <source>The address book already holds exactly the phone&apos;s eligible cards.</source>
        <translation>The address book already holds exactly the phone&apos;s eligible cards.</translation>
    </message>
    <message>
        <source>(a card contactvault did not write)</source>
        <translation>(a card contactvault did not write)</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publishing…</translation>
    </message>
    <message>
        <source>Published: new %1, changed %2, deleted %3, unchanged %4. The phone takes the changes at its next sync.</source>
        <translation>Published: new %1, changed %2, deleted %3, unchanged %4. The phone takes the changes at its next sync.</translation>
    </message>
    <message>
        <source>CardDAV address book</source>
        <translation>CardDAV address book</translation>
    </message>
    <message>
        <source>Publish this phone&apos;s contacts to its own address book on a CardDAV server (Nextcloud, Radicale or another). The phone syncs the address book (DAVx5 on Android, a CardDAV account on the iPhone): a card deleted on the server leaves the phone at its next sync.</source>
        <translation>Publish this phone&apos;s contacts to its own address book on a CardDAV server (Nextcloud, Radicale or another). The phone syncs the address book (DAVx5 on Android, a CardDAV account on the iPhone): a card deleted on the server leaves the phone at its next sync.</translation>
    </message>
    <message>
        <source>Address &amp;book:</source>
        <translation>Address &amp;book:</translation>
    </message>
    <message>
        <source>https://… the address book&apos;s own address</source>
        <translation>https://… the address book&apos;s own address</translation>
    </message>
    <message>
        <source>Address of the address book</source>
        <translation>Address of the address book</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Login that may write the address book</source>
        <translation>Login that may write the address book</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password of the login</source>
        <translation>Password of the login</translation>
    </message>
    <message>
        <source>Server &amp;certificate:</source>
        <translation>Server &amp;certificate:</translation>
    </message>
    <message>
        <source>only for a self-signed certificate: its file</source>
        <translation>only for a self-signed certificate: its file</translation>
    </message>
    <message>
        <source>Certificate file of the server</source>
        <translation>Certificate file of the server</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system&apos;s secret store</source>
        <translation>&amp;Keep the password in the system&apos;s secret store</translation>
    </message>
    <message>
        <source>&amp;Check and save</source>
        <translation>&amp;Check and save</translation>
    </message>
    <message>
        <source>&amp;Remove the address book</source>
        <translation>&amp;Remove the address book</translation>
    </message>
    <message>
        <source>What publishing changes on the server:</source>
        <translation>What publishing changes on the server:</translation>
    </message>
    <message>
        <source>Changes on the server</source>
        <translation>Changes on the server</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Removed from the server</source>
        <translation>Removed from the server</translation>
    </message>
    <message>
        <source>The phone drops these numbers at its next sync. Only a chat with the number stays on the phone: delete it there by hand, if there is one.</source>
        <translation>The phone drops these numbers at its next sync. Only a chat with the number stays on the phone: delete it there by hand, if there is one.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>&amp;Show the changes</source>
        <translation>&amp;Show the changes</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>employee</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>supplier</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>private</source>
        <translation>private</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>ChatConsent</name>
    <message>
        <source>The phrase stands in quotation marks inside a longer message: the customer may be asking about it rather than answering.</source>
        <translation>The phrase stands in quotation marks inside a longer message: the customer may be asking about it rather than answering.</translation>
    </message>
    <message>
        <source>The message is a question: it may only ask about revoking.</source>
        <translation>The message is a question: it may only ask about revoking.</translation>
    </message>
    <message>
        <source>The message contains both the consent and the revocation phrase.</source>
        <translation>The message contains both the consent and the revocation phrase.</translation>
    </message>
    <message>
        <source>The message&apos;s time is earlier than the message before it; check it in the chat.</source>
        <translation>The message&apos;s time is earlier than the message before it; check it in the chat.</translation>
    </message>
    <message>
        <source>The tag is not one of the notices in force (an earlier or another wording); the version is read from the tag.</source>
        <translation>The tag is not one of the notices in force (an earlier or another wording); the version is read from the tag.</translation>
    </message>
    <message>
        <source>The business wrote first ({time}). The guidance says the customer starts the chat, so no consent by conduct is proposed.</source>
        <translation>The business wrote first ({time}). The guidance says the customer starts the chat, so no consent by conduct is proposed.</translation>
    </message>
    <message>
        <source>The notice was sent more than a day after the customer&apos;s first message ({first} → {notice}).</source>
        <translation>The notice was sent more than a day after the customer&apos;s first message ({first} → {notice}).</translation>
    </message>
    <message>
        <source>Times in this chat go backwards (first in line {line}); check the order of the messages.</source>
        <translation>Times in this chat go backwards (first in line {line}); check the order of the messages.</translation>
    </message>
    <message>
        <source>The chat holds no information notice of the business (no version tag such as CV-N2-de, nor a notice&apos;s full text).</source>
        <translation>The chat holds no information notice of the business (no version tag such as CV-N2-de, nor a notice&apos;s full text).</translation>
    </message>
    <message>
        <source>The customer wrote first: their first message in this chat.</source>
        <translation>The customer wrote first: their first message in this chat.</translation>
    </message>
    <message>
        <source>The business&apos;s message carries the notice&apos;s version tag {tag} ({version}).</source>
        <translation>The business&apos;s message carries the notice&apos;s version tag {tag} ({version}).</translation>
    </message>
    <message>
        <source>The business&apos;s message holds the full text of the notice ({version}).</source>
        <translation>The business&apos;s message holds the full text of the notice ({version}).</translation>
    </message>
    <message>
        <source>The customer&apos;s message contains the consent phrase of the notice ({version}): “{phrase}”.</source>
        <translation>The customer&apos;s message contains the consent phrase of the notice ({version}): “{phrase}”.</translation>
    </message>
    <message>
        <source>The customer&apos;s message contains the consent phrase of the notice ({version}): “{phrase}”. No notice was sent before it in this chat.</source>
        <translation>The customer&apos;s message contains the consent phrase of the notice ({version}): “{phrase}”. No notice was sent before it in this chat.</translation>
    </message>
    <message>
        <source>The customer&apos;s message contains the revocation phrase of the notice ({version}): “{phrase}”.</source>
        <translation>The customer&apos;s message contains the revocation phrase of the notice ({version}): “{phrase}”.</translation>
    </message>
    <message>
        <source>The customer&apos;s message contains “{phrase}”.</source>
        <translation>The customer&apos;s message contains “{phrase}”.</translation>
    </message>
</context>
<context>
    <name>ChatConsentDialog</name>
    <message>
        <source>&amp;Record ticked events</source>
        <translation>&amp;Record ticked events</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Day first (29.11.26)</source>
        <translation>Day first (29.11.26)</translation>
    </message>
    <message>
        <source>Month first (11/29/26)</source>
        <translation>Month first (11/29/26)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>File: %1 (SHA-256 %2…)</source>
        <translation>File: %1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>The chat proposes no consent events.</source>
        <translation>The chat proposes no consent events.</translation>
    </message>
    <message>
        <source>– please choose –</source>
        <translation>– please choose –</translation>
    </message>
    <message>
        <source>The export shows the number %1; the vault holds it.</source>
        <translation>The export shows the number %1; the vault holds it.</translation>
    </message>
    <message>
        <source>The export shows the number %1; the vault knows it from consent records.</source>
        <translation>The export shows the number %1; the vault knows it from consent records.</translation>
    </message>
    <message>
        <source>The export shows the number %1, which is not in the vault yet. Tick “Add as a new contact” to record the events for it.</source>
        <translation>The export shows the number %1, which is not in the vault yet. Tick “Add as a new contact” to record the events for it.</translation>
    </message>
    <message>
        <source>– please confirm the contact –</source>
        <translation>– please confirm the contact –</translation>
    </message>
    <message>
        <source>Another number…</source>
        <translation>Another number…</translation>
    </message>
    <message>
        <source>The chat shows its partner only by the saved name “%1”. A name alone is not enough: confirm the contact, or give the number.</source>
        <translation>The chat shows its partner only by the saved name “%1”. A name alone is not enough: confirm the contact, or give the number.</translation>
    </message>
    <message>
        <source>No contact in the vault has exactly this name.</source>
        <translation>No contact in the vault has exactly this name.</translation>
    </message>
    <message>
        <source>&amp;Add as a new contact (category customer, named “%1”)</source>
        <translation>&amp;Add as a new contact (category customer, named “%1”)</translation>
    </message>
    <message>
        <source>%1 – %2 (contact %3)</source>
        <translation>%1 – %2 (contact %3)</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Check: %1</translation>
    </message>
    <message>
        <source>%1 – recorded (event %2)</source>
        <translation>%1 – recorded (event %2)</translation>
    </message>
    <message numerus="yes">
        <source>Recorded: %n event(s).</source>
        <translation>
            <numerusform>Recorded: %n event.</numerusform>
            <numerusform>Recorded: %n events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them had been recorded before and were not added again.</source>
        <translation>
            <numerusform>%n of them had been recorded before and was not added again.</numerusform>
            <numerusform>%n of them had been recorded before and were not added again.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was added as a new contact.</source>
        <translation>%1 was added as a new contact.</translation>
    </message>
    <message>
        <source>Consent from a WhatsApp chat</source>
        <translation>Consent from a WhatsApp chat</translation>
    </message>
    <message>
        <source>Tick the events to record. Each is kept with its line from the chat, its time and the file&apos;s SHA-256 as evidence; nothing else of the chat is kept.</source>
        <translation>Tick the events to record. Each is kept with its line from the chat, its time and the file&apos;s SHA-256 as evidence; nothing else of the chat is kept.</translation>
    </message>
    <message>
        <source>Date &amp;order:</source>
        <translation>Date &amp;order:</translation>
    </message>
    <message>
        <source>How the phone writes dates</source>
        <translation>How the phone writes dates</translation>
    </message>
    <message>
        <source>&amp;Business in the chat:</source>
        <translation>&amp;Business in the chat:</translation>
    </message>
    <message>
        <source>The business&apos;s sender name in the chat</source>
        <translation>The business&apos;s sender name in the chat</translation>
    </message>
    <message>
        <source>Chat partner</source>
        <translation>Chat partner</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>The contact the chat is with</source>
        <translation>The contact the chat is with</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>e.g. 0171 1000001</source>
        <translation>e.g. 0171 1000001</translation>
    </message>
    <message>
        <source>The chat partner&apos;s number</source>
        <translation>The chat partner&apos;s number</translation>
    </message>
    <message>
        <source>&amp;Add as a new contact (category customer)</source>
        <translation>&amp;Add as a new contact (category customer)</translation>
    </message>
    <message>
        <source>Proposed consent events</source>
        <translation>Proposed consent events</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Line in the chat</source>
        <translation>Line in the chat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>The chosen event&apos;s lines from the chat and why it is proposed</source>
        <translation>The chosen event&apos;s lines from the chat and why it is proposed</translation>
    </message>
</context>
<context>
    <name>ChatIssue</name>
    <message>
        <source>The file cannot be read ({error}).</source>
        <translation>The file cannot be read ({error}).</translation>
    </message>
    <message>
        <source>The chat text is larger than {mb} MB; it was not read.</source>
        <translation>The chat text is larger than {mb} MB; it was not read.</translation>
    </message>
    <message>
        <source>The ZIP file holds no chat text (.txt).</source>
        <translation>The ZIP file holds no chat text (.txt).</translation>
    </message>
    <message>
        <source>The ZIP file holds several text files ({names}); it is not clear which one is the chat.</source>
        <translation>The ZIP file holds several text files ({names}); it is not clear which one is the chat.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 throughout; unreadable bytes were replaced by � (places: {count}).</source>
        <translation>The file is not UTF-8 throughout; unreadable bytes were replaced by � (places: {count}).</translation>
    </message>
    <message>
        <source>No line looks like a WhatsApp message (“29.11.26, 14:05 - Name: Text” or “[29.11.26, 14:05:33] Name: Text”); this is not a WhatsApp chat export.</source>
        <translation>No line looks like a WhatsApp message (“29.11.26, 14:05 - Name: Text” or “[29.11.26, 14:05:33] Name: Text”); this is not a WhatsApp chat export.</translation>
    </message>
    <message>
        <source>No day in the chat is above 12, so the file does not tell whether dates are written day first or month first. Say which order the phone uses; the messages have no times until then.</source>
        <translation>No day in the chat is above 12, so the file does not tell whether dates are written day first or month first. Say which order the phone uses; the messages have no times until then.</translation>
    </message>
    <message>
        <source>Some dates can only be day first (line {day_line}), others only month first (line {month_line}). Say which order the phone uses; the messages have no times until then.</source>
        <translation>Some dates can only be day first (line {day_line}), others only month first (line {month_line}). Say which order the phone uses; the messages have no times until then.</translation>
    </message>
    <message>
        <source>The order given does not fit the date in this line; the line is kept as text of the message before it.</source>
        <translation>The order given does not fit the date in this line; the line is kept as text of the message before it.</translation>
    </message>
    <message>
        <source>Text before the first message was left out.</source>
        <translation>Text before the first message was left out.</translation>
    </message>
    <message>
        <source>This message&apos;s time ({time}) is earlier than the message before it ({previous}). It may be text inside the previous message that only looks like a new message; check it in the chat.</source>
        <translation>This message&apos;s time ({time}) is earlier than the message before it ({previous}). It may be text inside the previous message that only looks like a new message; check it in the chat.</translation>
    </message>
    <message>
        <source>A line inside a message looks like the start of a message but does not match this chat&apos;s format or has an impossible date or time; it was kept as text of the message.</source>
        <translation>A line inside a message looks like the start of a message but does not match this chat&apos;s format or has an impossible date or time; it was kept as text of the message.</translation>
    </message>
    <message>
        <source>Lines that start like a message in another format (the first in line {line}) were kept as text of the message before them.</source>
        <translation>Lines that start like a message in another format (the first in line {line}) were kept as text of the message before them.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Passphrase: asked on the terminal, taken from the system&apos;s secret store,
or for scripts from CONTACTVAULT_PASSPHRASE or --passphrase-file
(less safe: other programs of the same user may read them).</source>
        <translation>Passphrase: asked on the terminal, taken from the system&apos;s secret store,
or for scripts from CONTACTVAULT_PASSPHRASE or --passphrase-file
(less safe: other programs of the same user may read them).</translation>
    </message>
    <message>
        <source>Files named with -o or given to backup are never written over a vault or
a backup, and over another existing file only with --force.</source>
        <translation>Files named with -o or given to backup are never written over a vault or
a backup, and over another existing file only with --force.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit codes:</translation>
    </message>
    <message>
        <source>contactvault: interrupted; nothing half-done was kept.</source>
        <translation>contactvault: interrupted; nothing half-done was kept.</translation>
    </message>
    <message>
        <source>contactvault: internal error ({kind}: {detail}). Run with CONTACTVAULT_DEBUG=1 for details.</source>
        <translation>contactvault: internal error ({kind}: {detail}). Run with CONTACTVAULT_DEBUG=1 for details.</translation>
    </message>
    <message>
        <source>Prints the head of the trail (entry count and hash). Keep it outside the vault (it is also printed on protocols, export records and backups): --expect COUNT:HASH then shows whether the trail was shortened, rewritten or deleted since. Exit codes: 0 intact; 9 the chain of entries is broken (changed, removed, reordered, cut off, or the log is empty); 10 a record (consent event, export, removal confirmation, procedure step, setting, ...) was changed, deleted or added without an entry; 11 the trail does not hold the head given with --expect; 1 the head given is malformed; 2 the vault cannot be opened.</source>
        <translation>Prints the head of the trail (entry count and hash). Keep it outside the vault (it is also printed on protocols, export records and backups): --expect COUNT:HASH then shows whether the trail was shortened, rewritten or deleted since. Exit codes: 0 intact; 9 the chain of entries is broken (changed, removed, reordered, cut off, or the log is empty); 10 a record (consent event, export, removal confirmation, procedure step, setting, ...) was changed, deleted or added without an entry; 11 the trail does not hold the head given with --expect; 1 the head given is malformed; 2 the vault cannot be opened.</translation>
    </message>
    <message>
        <source>check the hash chain and the records it covers; exits non-zero if broken</source>
        <translation>check the hash chain and the records it covers; exits non-zero if broken</translation>
    </message>
    <message>
        <source>a head printed earlier; fails if the trail no longer holds it</source>
        <translation>a head printed earlier; fails if the trail no longer holds it</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n entry/entries checked.</source>
        <translation>
            <numerusform>Audit trail intact: %n entry checked.</numerusform>
            <numerusform>Audit trail intact: %n entries checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>It still holds the head printed earlier ({head}).</source>
        <translation>It still holds the head printed earlier ({head}).</translation>
    </message>
    <message>
        <source>Audit trail BROKEN at entry {seq}: {problem}.</source>
        <translation>Audit trail BROKEN at entry {seq}: {problem}.</translation>
    </message>
    <message>
        <source>Audit trail BROKEN: {problem}.</source>
        <translation>Audit trail BROKEN: {problem}.</translation>
    </message>
    <message>
        <source>Head: {head}</source>
        <translation>Head: {head}</translation>
    </message>
    <message>
        <source>The number is on the WhatsApp phone {device}: it is now on its removal list.</source>
        <translation>The number is on the WhatsApp phone {device}: it is now on its removal list.</translation>
    </message>
    <message>
        <source>Confirmation text for the customer: contactvault notice revocation {number} --lang de|en</source>
        <translation>Confirmation text for the customer: contactvault notice revocation {number} --lang de|en</translation>
    </message>
    <message>
        <source>Recorded: {what} for {number} on {at} (event {id}).</source>
        <translation>Recorded: {what} for {number} on {at} (event {id}).</translation>
    </message>
    <message>
        <source>legal basis {basis}</source>
        <translation>legal basis {basis}</translation>
    </message>
    <message>
        <source>, with the notice handed over</source>
        <translation>, with the notice handed over</translation>
    </message>
    <message numerus="yes">
        <source>The number is stored for %n contacts (ids {ids}) and this names none of them: a phone gets it once, under contact {first}. To name the person whose consent it is, record it with --contact ID.</source>
        <translation>
            <numerusform>The number is stored for %n contact (ids {ids}) and this names none of them: a phone gets it once, under contact {first}. To name the person whose consent it is, record it with --contact ID.</numerusform>
            <numerusform>The number is stored for %n contacts (ids {ids}) and this names none of them: a phone gets it once, under contact {first}. To name the person whose consent it is, record it with --contact ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded, but under the current settings this does not make the number eligible for a WhatsApp phone.</source>
        <translation>Recorded, but under the current settings this does not make the number eligible for a WhatsApp phone.</translation>
    </message>
    <message>
        <source>Only the data-protection officer can allow this legal basis: contactvault settings set {key} true</source>
        <translation>Only the data-protection officer can allow this legal basis: contactvault settings set {key} true</translation>
    </message>
    <message>
        <source>If the notice was handed over with the request, record the consent with --with-notice.</source>
        <translation>If the notice was handed over with the request, record the consent with --with-notice.</translation>
    </message>
    <message>
        <source>kept in the vault: {name} ({size})</source>
        <translation>kept in the vault: {name} ({size})</translation>
    </message>
    <message>
        <source>Notice version: {version}</source>
        <translation>Notice version: {version}</translation>
    </message>
    <message>
        <source>The text sent is kept with the event ({chars} characters): contactvault consent history {number} --json</source>
        <translation>The text sent is kept with the event ({chars} characters): contactvault consent history {number} --json</translation>
    </message>
    <message>
        <source>give both: --file ID --output PATH</source>
        <translation>give both: --file ID --output PATH</translation>
    </message>
    <message>
        <source>added {at} by {who}</source>
        <translation>added {at} by {who}</translation>
    </message>
    <message>
        <source>No evidence files.</source>
        <translation>No evidence files.</translation>
    </message>
    <message>
        <source>Written (a copy outside the vault, not encrypted): {path}</source>
        <translation>Written (a copy outside the vault, not encrypted): {path}</translation>
    </message>
    <message>
        <source>  no consent events recorded</source>
        <translation>  no consent events recorded</translation>
    </message>
    <message>
        <source>notice handed over</source>
        <translation>notice handed over</translation>
    </message>
    <message>
        <source>recorded {at} by {who}</source>
        <translation>recorded {at} by {who}</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n number</numerusform>
            <numerusform>%n numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice version: {version} (tag {tag})</source>
        <translation>Notice version: {version} (tag {tag})</translation>
    </message>
    <message>
        <source>Not used any more: {path} (the notice now has one file per policy, standard.txt and strict.txt)</source>
        <translation>Not used any more: {path} (the notice now has one file per policy, standard.txt and strict.txt)</translation>
    </message>
    <message>
        <source>Not filled in yet, so it cannot be recorded as sent:</source>
        <translation>Not filled in yet, so it cannot be recorded as sent:</translation>
    </message>
    <message>
        <source>Recorded that the confirmation was sent.</source>
        <translation>Recorded that the confirmation was sent.</translation>
    </message>
    <message>
        <source>Importing… {percent}%</source>
        <translation>Importing… {percent}%</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of erased people were not imported; import them anyway with --allow-erased.</source>
        <translation>
            <numerusform>%n record of an erased person was not imported; import it anyway with --allow-erased.</numerusform>
            <numerusform>%n records of erased people were not imported; import them anyway with --allow-erased.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault is locked: columns kept from an earlier import of these files are not shown (give the passphrase to see them).</source>
        <translation>The vault is locked: columns kept from an earlier import of these files are not shown (give the passphrase to see them).</translation>
    </message>
    <message>
        <source>  Columns:</source>
        <translation>  Columns:</translation>
    </message>
    <message numerus="yes">
        <source>  First %n row(s):</source>
        <translation>
            <numerusform>  First row:</numerusform>
            <numerusform>  First %n rows:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n record(s) ({format})</source>
        <translation>
            <numerusform>{file}: %n record ({format})</numerusform>
            <numerusform>{file}: %n records ({format})</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>Imported {imported}, merged {merged}, already present {unchanged}, skipped {skipped}, numbers flagged {flagged}.</source>
        <translation>Imported {imported}, merged {merged}, already present {unchanged}, skipped {skipped}, numbers flagged {flagged}.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read (see above).</source>
        <translation>
            <numerusform>%n file could not be read (see above).</numerusform>
            <numerusform>%n files could not be read (see above).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) set to {category}.</source>
        <translation>
            <numerusform>%n contact set to {category}.</numerusform>
            <numerusform>%n contacts set to {category}.</numerusform>
        </translation>
    </message>
    <message>
        <source>  source: {file}, line {line}, {format}, imported {at}</source>
        <translation>  source: {file}, line {line}, {format}, imported {at}</translation>
    </message>
    <message>
        <source>Password of the CardDAV login {user}: </source>
        <translation>Password of the CardDAV login {user}: </translation>
    </message>
    <message>
        <source>{name} has no CardDAV address book any more; cards already on the server stay there until you delete them.</source>
        <translation>{name} has no CardDAV address book any more; cards already on the server stay there until you delete them.</translation>
    </message>
    <message>
        <source>{name} publishes to the CardDAV address book {url} (login {user}).</source>
        <translation>{name} publishes to the CardDAV address book {url} (login {user}).</translation>
    </message>
    <message>
        <source>The password is kept in the system&apos;s secret store.</source>
        <translation>The password is kept in the system&apos;s secret store.</translation>
    </message>
    <message>
        <source>The password was not kept: it is asked at each publish (or taken from CONTACTVAULT_CARDDAV_PASSWORD).</source>
        <translation>The password was not kept: it is asked at each publish (or taken from CONTACTVAULT_CARDDAV_PASSWORD).</translation>
    </message>
    <message>
        <source>Added WhatsApp phone {name} ({platform}).</source>
        <translation>Added WhatsApp phone {name} ({platform}).</translation>
    </message>
    <message>
        <source>  CardDAV address book: {url} (login {user})</source>
        <translation>  CardDAV address book: {url} (login {user})</translation>
    </message>
    <message>
        <source>  exports: {count}</source>
        <translation>  exports: {count}</translation>
    </message>
    <message numerus="yes">
        <source>answer period %n day(s)</source>
        <translation>
            <numerusform>answer period %n day</numerusform>
            <numerusform>answer period %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  on the phone: %n number(s)</source>
        <translation>
            <numerusform>  on the phone: %n number</numerusform>
            <numerusform>  on the phone: %n numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>(erased person)</source>
        <translation>(erased person)</translation>
    </message>
    <message>
        <source>  open removals: {count}</source>
        <translation>  open removals: {count}</translation>
    </message>
    <message>
        <source>needed unless --dry-run</source>
        <translation>needed unless --dry-run</translation>
    </message>
    <message>
        <source>Already on the phone, left out: {count}</source>
        <translation>Already on the phone, left out: {count}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n number(s) {of_contacts} for {device} to {path} (export {id}, SHA-256 {sha}).</source>
        <translation>
            <numerusform>Wrote %n number {of_contacts} for {device} to {path} (export {id}, SHA-256 {sha}).</numerusform>
            <numerusform>Wrote %n numbers {of_contacts} for {device} to {path} (export {id}, SHA-256 {sha}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n contact(s)</source>
        <translation>
            <numerusform>of %n contact</numerusform>
            <numerusform>of %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail with this export recorded: {head} (keep it; &apos;contactvault audit verify --expect&apos; checks against it)</source>
        <translation>Audit trail with this export recorded: {head} (keep it; &apos;contactvault audit verify --expect&apos; checks against it)</translation>
    </message>
    <message numerus="yes">
        <source>Would export %n number(s) to {device} ({kind}):</source>
        <translation>
            <numerusform>Would export %n number to {device} ({kind}):</numerusform>
            <numerusform>Would export %n numbers to {device} ({kind}):</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy in force: {line}</source>
        <translation>Policy in force: {line}</translation>
    </message>
    <message>
        <source>also stored for: {names} (written once, under {name})</source>
        <translation>also stored for: {names} (written once, under {name})</translation>
    </message>
    <message numerus="yes">
        <source>Would not export %n number(s):</source>
        <translation>
            <numerusform>Would not export %n number:</numerusform>
            <numerusform>Would not export %n numbers:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete from the phone ({count}):</source>
        <translation>Delete from the phone ({count}):</translation>
    </message>
    <message>
        <source>(exported {at})</source>
        <translation>(exported {at})</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed %n removal(s).</source>
        <translation>
            <numerusform>Confirmed %n removal.</numerusform>
            <numerusform>Confirmed %n removals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to delete from {device}.</source>
        <translation>Nothing to delete from {device}.</translation>
    </message>
    <message>
        <source>Route: {route}</source>
        <translation>Route: {route}</translation>
    </message>
    <message>
        <source>Starting point: {start}</source>
        <translation>Starting point: {start}</translation>
    </message>
    <message>
        <source>The procedure is complete.</source>
        <translation>The procedure is complete.</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Next: {step}</translation>
    </message>
    <message>
        <source>Recorded: {step} ({time}, {actor}).</source>
        <translation>Recorded: {step} ({time}, {actor}).</translation>
    </message>
    <message>
        <source>give the exported file(s) and --phone-count (or --skip)</source>
        <translation>give the exported file(s) and --phone-count (or --skip)</translation>
    </message>
    <message numerus="yes">
        <source>The phone shows %n contact(s).</source>
        <translation>
            <numerusform>The phone shows %n contact.</numerusform>
            <numerusform>The phone shows %n contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records read: {read}; {imported} new, {merged} merged (duplicates), {unchanged} already in the vault, {skipped} unreadable.</source>
        <translation>Records read: {read}; {imported} new, {merged} merged (duplicates), {unchanged} already in the vault, {skipped} unreadable.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n contact(s) differ between phone and file: export again with all accounts (SIM, company account) before clearing the phone.</source>
        <translation>
            <numerusform>⚠ %n contact differs between phone and file: export again with all accounts (SIM, company account) before clearing the phone.</numerusform>
            <numerusform>⚠ %n contacts differ between phone and file: export again with all accounts (SIM, company account) before clearing the phone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) still unclassified.</source>
        <translation>
            <numerusform>%n contact is still unclassified.</numerusform>
            <numerusform>%n contacts are still unclassified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consented number(s), SHA-256 {sha256}.</source>
        <translation>
            <numerusform>%n consented number, SHA-256 {sha256}.</numerusform>
            <numerusform>%n consented numbers, SHA-256 {sha256}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written: {path}. It holds personal data: keep it safe and delete it once it has served its purpose.</source>
        <translation>Written: {path}. It holds personal data: keep it safe and delete it once it has served its purpose.</translation>
    </message>
    <message>
        <source>the audit trail head printed when the backup was written; refuses a backup that no longer holds it</source>
        <translation>the audit trail head printed when the backup was written; refuses a backup that no longer holds it</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <source>Created an encrypted vault at {path}</source>
        <translation>Created an encrypted vault at {path}</translation>
    </message>
    <message>
        <source>Passphrase remembered in the secret store ({store}).</source>
        <translation>Passphrase remembered in the secret store ({store}).</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Repeat it: </translation>
    </message>
    <message>
        <source>the two entries differ</source>
        <translation>the two entries differ</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Passphrase changed.</translation>
    </message>
    <message>
        <source>The remembered passphrase was updated too.</source>
        <translation>The remembered passphrase was updated too.</translation>
    </message>
    <message>
        <source>Passphrase for the backup: </source>
        <translation>Passphrase for the backup: </translation>
    </message>
    <message>
        <source>Encrypted backup written to {path}</source>
        <translation>Encrypted backup written to {path}</translation>
    </message>
    <message>
        <source>Audit trail in this backup: {head} (keep it with the backup; &apos;contactvault restore --expect&apos; checks against it)</source>
        <translation>Audit trail in this backup: {head} (keep it with the backup; &apos;contactvault restore --expect&apos; checks against it)</translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>Passphrase of the backup: </translation>
    </message>
    <message>
        <source>Vault restored from {path}</source>
        <translation>Vault restored from {path}</translation>
    </message>
    <message>
        <source>Audit trail of the backup verified: {head}</source>
        <translation>Audit trail of the backup verified: {head}</translation>
    </message>
    <message>
        <source>The replaced vault was kept as {path}</source>
        <translation>The replaced vault was kept as {path}</translation>
    </message>
    <message>
        <source>The remembered passphrase did not fit the backup and was forgotten.</source>
        <translation>The remembered passphrase did not fit the backup and was forgotten.</translation>
    </message>
    <message>
        <source>The vault is intact.</source>
        <translation>The vault is intact.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault {path} is damaged.</source>
        <translation>The vault {path} is damaged.</translation>
    </message>
    <message>
        <source>Affected: the list of tables itself, so all of it.</source>
        <translation>Affected: the list of tables itself, so all of it.</translation>
    </message>
    <message>
        <source>Affected tables:</source>
        <translation>Affected tables:</translation>
    </message>
    <message>
        <source>Until it is restored the vault is read-only: contactvault writes nothing to it. What to do: restore the last backup with &apos;contactvault restore FILE&apos; (the damaged file is kept beside it), then check again.</source>
        <translation>Until it is restored the vault is read-only: contactvault writes nothing to it. What to do: restore the last backup with &apos;contactvault restore FILE&apos; (the damaged file is kept beside it), then check again.</translation>
    </message>
    <message>
        <source>Passphrase to remember: </source>
        <translation>Passphrase to remember: </translation>
    </message>
    <message>
        <source>Passphrase forgotten.</source>
        <translation>Passphrase forgotten.</translation>
    </message>
    <message>
        <source>Nothing was remembered.</source>
        <translation>Nothing was remembered.</translation>
    </message>
    <message>
        <source>{key} is now {value}.</source>
        <translation>{key} is now {value}.</translation>
    </message>
    <message>
        <source>{key} was already {value}; nothing changed.</source>
        <translation>{key} was already {value}; nothing changed.</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Data-protection overview as of {time}</source>
        <translation>Data-protection overview as of {time}</translation>
    </message>
    <message>
        <source>Audit trail head: {head}</source>
        <translation>Audit trail head: {head}</translation>
    </message>
    <message>
        <source>Contacts: {count} ({categories})</source>
        <translation>Contacts: {count} ({categories})</translation>
    </message>
    <message>
        <source>Numbers: {count} ({statuses})</source>
        <translation>Numbers: {count} ({statuses})</translation>
    </message>
    <message>
        <source>Numbers on the WhatsApp phones: {phones}</source>
        <translation>Numbers on the WhatsApp phones: {phones}</translation>
    </message>
    <message numerus="yes">
        <source>(oldest: %n day(s))</source>
        <translation>
            <numerusform>(oldest: %n day)</numerusform>
            <numerusform>(oldest: %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (--all or --json shows every entry)</source>
        <translation>
            <numerusform>… and %n more entry (--all or --json shows every entry)</numerusform>
            <numerusform>… and %n more entries (--all or --json shows every entry)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the information for the person to {path}.</source>
        <translation>Wrote the information for the person to {path}.</translation>
    </message>
    <message>
        <source>This file holds the person&apos;s data unencrypted: hand it over securely and delete it afterwards.</source>
        <translation>This file holds the person&apos;s data unencrypted: hand it over securely and delete it afterwards.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>#{id} {name}</source>
        <translation>#{id} {name}</translation>
    </message>
    <message>
        <source>(also stored for another contact: kept for them)</source>
        <translation>(also stored for another contact: kept for them)</translation>
    </message>
    <message>
        <source>consent events: {events}, texts sent: {texts}, original records: {records}</source>
        <translation>consent events: {events}, texts sent: {texts}, original records: {records}</translation>
    </message>
    <message>
        <source>received by the WhatsApp phones: {names}</source>
        <translation>received by the WhatsApp phones: {names}</translation>
    </message>
    <message>
        <source>Erased #{id} {name} (erasure {erasure}, {at}, by {actor}).</source>
        <translation>Erased #{id} {name} (erasure {erasure}, {at}, by {actor}).</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entry(ies) from the phones now; afterwards the vault can no longer name them (the removal lists show them as erased):</source>
        <translation>
            <numerusform>Delete %n entry from the phones now; afterwards the vault can no longer name it (the removal lists show it as erased):</numerusform>
            <numerusform>Delete %n entries from the phones now; afterwards the vault can no longer name them (the removal lists show them as erased):</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm each with: contactvault removals --device PHONE --confirm NUMBER (or erased:{erasure})</source>
        <translation>Confirm each with: contactvault removals --device PHONE --confirm NUMBER (or erased:{erasure})</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) made before the erasure still hold the data; delete or erase them too:</source>
        <translation>
            <numerusform>%n backup made before the erasure still holds the data; delete it too:</numerusform>
            <numerusform>%n backups made before the erasure still hold the data; delete them too:</numerusform>
        </translation>
    </message>
    <message>
        <source>Would erase:</source>
        <translation>Would erase:</translation>
    </message>
    <message>
        <source>Erase for good:</source>
        <translation>Erase for good:</translation>
    </message>
    <message>
        <source>Erase this person? Type yes:</source>
        <translation>Erase this person? Type yes:</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) without activity for the retention period:</source>
        <translation>
            <numerusform>%n contact without activity for the retention period:</numerusform>
            <numerusform>%n contacts without activity for the retention period:</numerusform>
        </translation>
    </message>
    <message>
        <source>(last activity {at})</source>
        <translation>(last activity {at})</translation>
    </message>
    <message>
        <source>Erase all of them? Type yes:</source>
        <translation>Erase all of them? Type yes:</translation>
    </message>
    <message>
        <source>Restriction of #{id} lifted.</source>
        <translation>Restriction of #{id} lifted.</translation>
    </message>
    <message>
        <source>#{id} is restricted since {at}: it stays off every WhatsApp phone until the restriction is lifted; numbers already on a phone are on its removal list.</source>
        <translation>#{id} is restricted since {at}: it stays off every WhatsApp phone until the restriction is lifted; numbers already on a phone are on its removal list.</translation>
    </message>
    <message>
        <source>Objection recorded for {number} ({at}): consent revoked; a later implied consent no longer counts.</source>
        <translation>Objection recorded for {number} ({at}): consent revoked; a later implied consent no longer counts.</translation>
    </message>
    <message>
        <source>Corrected {old} to {new} for #{id}; the old number is kept in the history.</source>
        <translation>Corrected {old} to {new} for #{id}; the old number is kept in the history.</translation>
    </message>
    <message>
        <source>at the person&apos;s request (GDPR Art. 17)</source>
        <translation>at the person&apos;s request (GDPR Art. 17)</translation>
    </message>
    <message>
        <source>retention period passed</source>
        <translation>retention period passed</translation>
    </message>
    <message>
        <source>erasure {id}: {at}, by {actor}, {reason}, {numbers} number(s)</source>
        <translation>erasure {id}: {at}, by {actor}, {reason}, {numbers} number(s)</translation>
    </message>
    <message>
        <source>day first (29.11.26)</source>
        <translation>day first (29.11.26)</translation>
    </message>
    <message>
        <source>month first (11/29/26)</source>
        <translation>month first (11/29/26)</translation>
    </message>
    <message>
        <source>year first (2026-11-29)</source>
        <translation>year first (2026-11-29)</translation>
    </message>
    <message numerus="yes">
        <source>WhatsApp chat ({platform}), %n message(s)</source>
        <translation>
            <numerusform>WhatsApp chat ({platform}), %n message</numerusform>
            <numerusform>WhatsApp chat ({platform}), %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Business: {business}; chat partner: {partner}</source>
        <translation>Business: {business}; chat partner: {partner}</translation>
    </message>
    <message>
        <source>No consent events proposed.</source>
        <translation>No consent events proposed.</translation>
    </message>
    <message>
        <source>why: {reason}</source>
        <translation>why: {reason}</translation>
    </message>
    <message>
        <source>check: {reason}</source>
        <translation>check: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n consent event(s) proposed:</source>
        <translation>
            <numerusform>%n consent event proposed:</numerusform>
            <numerusform>%n consent events proposed:</numerusform>
        </translation>
    </message>
    <message>
        <source>Added {number} as a new contact ({contact}, category customer).</source>
        <translation>Added {number} as a new contact ({contact}, category customer).</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Nothing was added.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n consent event(s) for {number}:</source>
        <translation>
            <numerusform>Recorded %n consent event for {number}:</numerusform>
            <numerusform>Recorded %n consent events for {number}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) recorded before from this file, not added again:</source>
        <translation>
            <numerusform>%n proposal recorded before from this file, not added again:</numerusform>
            <numerusform>%n proposals recorded before from this file, not added again:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) not recorded, to be checked first (accept by id if right):</source>
        <translation>
            <numerusform>%n proposal not recorded, to be checked first (accept by id if right):</numerusform>
            <numerusform>%n proposals not recorded, to be checked first (accept by id if right):</numerusform>
        </translation>
    </message>
    <message>
        <source>Date order: {order}</source>
        <translation>Date order: {order}</translation>
    </message>
    <message>
        <source>Senders: {senders}</source>
        <translation>Senders: {senders}</translation>
    </message>
    <message>
        <source>From {first} to {last}</source>
        <translation>From {first} to {last}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>cannot be told from the file; give --date-order day-first or month-first</source>
        <translation>cannot be told from the file; give --date-order day-first or month-first</translation>
    </message>
    <message>
        <source>(the dots suggest day first)</source>
        <translation>(the dots suggest day first)</translation>
    </message>
    <message>
        <source>from the dates in the file</source>
        <translation>from the dates in the file</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>as given</translation>
    </message>
    <message>
        <source>{device}: {problem}</source>
        <translation>{device}: {problem}</translation>
    </message>
    <message>
        <source>Published to {device} at once: deleted {deleted}, changed {replaced}; the phone syncs itself.</source>
        <translation>Published to {device} at once: deleted {deleted}, changed {replaced}; the phone syncs itself.</translation>
    </message>
    <message>
        <source>Due: {device}</source>
        <translation>Due: {device}</translation>
    </message>
    <message>
        <source>No phone&apos;s address book holds a number that must go.</source>
        <translation>No phone&apos;s address book holds a number that must go.</translation>
    </message>
    <message>
        <source>Would publish to {device} ({url}): new {created}, changed {replaced}, deleted {deleted}, unchanged {kept}.</source>
        <translation>Would publish to {device} ({url}): new {created}, changed {replaced}, deleted {deleted}, unchanged {kept}.</translation>
    </message>
    <message numerus="yes">
        <source>{device}&apos;s address book already holds exactly its %n eligible card(s); nothing changed.</source>
        <translation>
            <numerusform>{device}&apos;s address book already holds exactly its %n eligible card; nothing changed.</numerusform>
            <numerusform>{device}&apos;s address book already holds exactly its %n eligible cards; nothing changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Published to {device} ({url}): new {created}, changed {replaced}, deleted {deleted}, unchanged {kept} (export {id}).</source>
        <translation>Published to {device} ({url}): new {created}, changed {replaced}, deleted {deleted}, unchanged {kept} (export {id}).</translation>
    </message>
    <message>
        <source>(a card contactvault did not write)</source>
        <translation>(a card contactvault did not write)</translation>
    </message>
    <message>
        <source>The phone takes the changes at its next sync. Audit trail with this publish recorded: {head}</source>
        <translation>The phone takes the changes at its next sync. Audit trail with this publish recorded: {head}</translation>
    </message>
    <message>
        <source>Running; Ctrl-C stops the server.</source>
        <translation>Running; Ctrl-C stops the server.</translation>
    </message>
    <message>
        <source>contactvault: the server&apos;s certificate or key in {folder} cannot be used. Delete that folder and start the server again to have a new certificate made (the phones must then accept the new one).</source>
        <translation>contactvault: the server&apos;s certificate or key in {folder} cannot be used. Delete that folder and start the server again to have a new certificate made (the phones must then accept the new one).</translation>
    </message>
    <message>
        <source>contactvault: port {port} is in use by another program; choose another with --port.</source>
        <translation>contactvault: port {port} is in use by another program; choose another with --port.</translation>
    </message>
    <message>
        <source>contactvault: the server could not listen on port {port} of this PC.</source>
        <translation>contactvault: the server could not listen on port {port} of this PC.</translation>
    </message>
    <message>
        <source>The server stopped.</source>
        <translation>The server stopped.</translation>
    </message>
    <message>
        <source>CardDAV server for the WhatsApp phones: https://{address}:{port}/</source>
        <translation>CardDAV server for the WhatsApp phones: https://{address}:{port}/</translation>
    </message>
    <message>
        <source>Its certificate (compare on the phone), SHA-256: {fingerprint}</source>
        <translation>Its certificate (compare on the phone), SHA-256: {fingerprint}</translation>
    </message>
    <message>
        <source>{device}: login {login}, password {password}</source>
        <translation>{device}: login {login}, password {password}</translation>
    </message>
    <message>
        <source>Android (DAVx5): add an account with URL and user name: {url} (or scan the code), accept the certificate if its fingerprint matches.</source>
        <translation>Android (DAVx5): add an account with URL and user name: {url} (or scan the code), accept the certificate if its fingerprint matches.</translation>
    </message>
    <message>
        <source>iPhone: open {profile} on the iPhone (AirDrop or e-mail), install it, enter the password.</source>
        <translation>iPhone: open {profile} on the iPhone (AirDrop or e-mail), install it, enter the password.</translation>
    </message>
    <message>
        <source>{device} publishes to another CardDAV server; left as it is.</source>
        <translation>{device} publishes to another CardDAV server; left as it is.</translation>
    </message>
</context>
<context>
    <name>ColumnField</name>
    <message>
        <source>full name</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>middle name</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>last name</translation>
    </message>
    <message>
        <source>name prefix</source>
        <translation>name prefix</translation>
    </message>
    <message>
        <source>name suffix</source>
        <translation>name suffix</translation>
    </message>
    <message>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>job title</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>What each column holds, shown over the first rows. Change a column&apos;s field where it was not recognised; a column with phone numbers is needed.</source>
        <translation>What each column holds, shown over the first rows. Change a column&apos;s field where it was not recognised; a column with phone numbers is needed.</translation>
    </message>
    <message>
        <source>Table file</source>
        <translation>Table file</translation>
    </message>
    <message>
        <source>Columns and first rows</source>
        <translation>Columns and first rows</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Field of column %1</source>
        <translation>Field of column %1</translation>
    </message>
    <message>
        <source>No column holds phone numbers in %1. Choose the column with the numbers (field “phone number”); until then the file cannot be imported.</source>
        <translation>No column holds phone numbers in %1. Choose the column with the numbers (field “phone number”); until then the file cannot be imported.</translation>
    </message>
    <message>
        <source>Every table has a column with phone numbers.</source>
        <translation>Every table has a column with phone numbers.</translation>
    </message>
</context>
<context>
    <name>Company</name>
    <message>
        <source>company name</source>
        <translation>company name</translation>
    </message>
    <message>
        <source>postal address of the business</source>
        <translation>postal address of the business</translation>
    </message>
    <message>
        <source>person responsible</source>
        <translation>person responsible</translation>
    </message>
    <message>
        <source>contact for data-protection questions</source>
        <translation>contact for data-protection questions</translation>
    </message>
    <message>
        <source>web address of the privacy policy</source>
        <translation>web address of the privacy policy</translation>
    </message>
    <message>
        <source>name of the data-protection officer</source>
        <translation>name of the data-protection officer</translation>
    </message>
    <message>
        <source>contact of the data-protection officer</source>
        <translation>contact of the data-protection officer</translation>
    </message>
    <message>
        <source>answer period in days</source>
        <translation>answer period in days</translation>
    </message>
    <message>
        <source>the protocol</source>
        <translation>the protocol</translation>
    </message>
    <message>
        <source>the information notice</source>
        <translation>the information notice</translation>
    </message>
    <message>
        <source>the revocation confirmation</source>
        <translation>the revocation confirmation</translation>
    </message>
    <message>
        <source>the data-protection documents</source>
        <translation>the data-protection documents</translation>
    </message>
    <message>
        <source>Missing for {document}: the {field}. Set it with: contactvault settings set {key} &quot;…&quot;</source>
        <translation>Missing for {document}: the {field}. Set it with: contactvault settings set {key} &quot;…&quot;</translation>
    </message>
    <message>
        <source>Without a data-protection officer: contactvault settings set dpo.none true</source>
        <translation>Without a data-protection officer: contactvault settings set dpo.none true</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>&amp;Save and continue</source>
        <translation>&amp;Save and continue</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Your business&apos;s details, as the protocol, the information notice and the data-protection documents name them. They are kept in the vault.</source>
        <translation>Your business&apos;s details, as the protocol, the information notice and the data-protection documents name them. They are kept in the vault.</translation>
    </message>
    <message>
        <source>For %1, these details are still missing: %2. They are kept in the vault and used in every document.</source>
        <translation>For %1, these details are still missing: %2. They are kept in the vault and used in every document.</translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <translation>Please fill in: %1.</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Your business</translation>
    </message>
    <message>
        <source>The business (the controller)</source>
        <translation>The business (the controller)</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>Company &amp;name:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>e.g. Joinery Holz Ltd</source>
        <translation>e.g. Joinery Holz Ltd</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Postal address of the business</source>
        <translation>Postal address of the business</translation>
    </message>
    <message>
        <source>Street, postcode and town</source>
        <translation>Street, postcode and town</translation>
    </message>
    <message>
        <source>&amp;Person responsible:</source>
        <translation>&amp;Person responsible:</translation>
    </message>
    <message>
        <source>Person responsible at the business</source>
        <translation>Person responsible at the business</translation>
    </message>
    <message>
        <source>e.g. the owner or managing director</source>
        <translation>e.g. the owner or managing director</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>Contact for data-protection questions</source>
        <translation>Contact for data-protection questions</translation>
    </message>
    <message>
        <source>Phone or e-mail for data-protection questions</source>
        <translation>Phone or e-mail for data-protection questions</translation>
    </message>
    <message>
        <source>Privacy polic&amp;y:</source>
        <translation>Privacy polic&amp;y:</translation>
    </message>
    <message>
        <source>No &amp;data-protection officer appointed (not required for this business)</source>
        <translation>No &amp;data-protection officer appointed (not required for this business)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Web address of the privacy policy</source>
        <translation>Web address of the privacy policy</translation>
    </message>
    <message>
        <source>Data-protection officer</source>
        <translation>Data-protection officer</translation>
    </message>
    <message>
        <source>Name of the data-protection officer</source>
        <translation>Name of the data-protection officer</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact:</translation>
    </message>
    <message>
        <source>Contact of the data-protection officer</source>
        <translation>Contact of the data-protection officer</translation>
    </message>
    <message>
        <source>E-mail, phone or address</source>
        <translation>E-mail, phone or address</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>consent requested</source>
        <translation>consent requested</translation>
    </message>
    <message>
        <source>information notice sent</source>
        <translation>information notice sent</translation>
    </message>
    <message>
        <source>implied consent by conduct (customer wrote first)</source>
        <translation>implied consent by conduct (customer wrote first)</translation>
    </message>
    <message>
        <source>consent granted</source>
        <translation>consent granted</translation>
    </message>
    <message>
        <source>consent revoked</source>
        <translation>consent revoked</translation>
    </message>
    <message>
        <source>consent expired</source>
        <translation>consent expired</translation>
    </message>
    <message>
        <source>objection (GDPR Art. 21)</source>
        <translation>objection (GDPR Art. 21)</translation>
    </message>
    <message>
        <source>consent (GDPR Art. 6(1)(a))</source>
        <translation>consent (GDPR Art. 6(1)(a))</translation>
    </message>
    <message>
        <source>contract (GDPR Art. 6(1)(b))</source>
        <translation>contract (GDPR Art. 6(1)(b))</translation>
    </message>
    <message>
        <source>legitimate interest (GDPR Art. 6(1)(f))</source>
        <translation>legitimate interest (GDPR Art. 6(1)(f))</translation>
    </message>
    <message>
        <source>employee&apos;s own business number</source>
        <translation>employee&apos;s own business number</translation>
    </message>
    <message>
        <source>service communication</source>
        <translation>service communication</translation>
    </message>
    <message>
        <source>advertising</source>
        <translation>advertising</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>paper form</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>in person</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>web form</translation>
    </message>
</context>
<context>
    <name>ConsentActions</name>
    <message>
        <source>Recorded.</source>
        <translation>Recorded.</translation>
    </message>
    <message>
        <source>Recorded, but the number may not go onto a WhatsApp phone: %1.</source>
        <translation>Recorded, but the number may not go onto a WhatsApp phone: %1.</translation>
    </message>
    <message>
        <source>Information notice</source>
        <translation>Information notice</translation>
    </message>
    <message>
        <source>The information notice for %1 (%2) is on the clipboard. Paste it into the WhatsApp chat and send it.

Was it sent?</source>
        <translation>The information notice for %1 (%2) is on the clipboard. Paste it into the WhatsApp chat and send it.

Was it sent?</translation>
    </message>
    <message>
        <source>Nothing recorded: the notice counts only once it was sent.</source>
        <translation>Nothing recorded: the notice counts only once it was sent.</translation>
    </message>
    <message>
        <source>Recorded: the information notice (%1) was sent on %2.</source>
        <translation>Recorded: the information notice (%1) was sent on %2.</translation>
    </message>
    <message>
        <source>%1, tag %2</source>
        <translation>%1, tag %2</translation>
    </message>
    <message>
        <source>Revocation recorded</source>
        <translation>Revocation recorded</translation>
    </message>
    <message>
        <source>The revocation was recorded. The number goes onto the removal list of every WhatsApp phone that holds it.

Copy a confirmation text for the customer to the clipboard?</source>
        <translation>The revocation was recorded. The number goes onto the removal list of every WhatsApp phone that holds it.

Copy a confirmation text for the customer to the clipboard?</translation>
    </message>
    <message>
        <source>Copy confirmation</source>
        <translation>Copy confirmation</translation>
    </message>
    <message>
        <source>Revocation recorded.</source>
        <translation>Revocation recorded.</translation>
    </message>
    <message>
        <source>The confirmation for %1 (%2) is on the clipboard. Paste it into the chat and send it.

Was it sent?</source>
        <translation>The confirmation for %1 (%2) is on the clipboard. Paste it into the chat and send it.

Was it sent?</translation>
    </message>
    <message>
        <source>Revocation recorded. The confirmation was not recorded as sent.</source>
        <translation>Revocation recorded. The confirmation was not recorded as sent.</translation>
    </message>
    <message>
        <source>Revocation recorded; the confirmation was sent on %1.</source>
        <translation>Revocation recorded; the confirmation was sent on %1.</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Revocation</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>%1, number %2</source>
        <translation>%1, number %2</translation>
    </message>
    <message>
        <source>Record revocation</source>
        <translation>Record revocation</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Attach files as evidence</source>
        <translation>Attach files as evidence</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.jpeg *.heic *.webp *.pdf *.txt *.eml);;All files (*)</source>
        <translation>Images and documents (*.png *.jpg *.jpeg *.heic *.webp *.pdf *.txt *.eml);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;What happened:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Legal basis:</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>What the customer agreed to: service messages, or also advertising (advertising needs its own explicit consent).</source>
        <translation>What the customer agreed to: service messages, or also advertising (advertising needs its own explicit consent).</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Date and time it happened</source>
        <translation>Date and time it happened</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>W&amp;hen:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>For example: replied &quot;Yes&quot; on WhatsApp; signed form in the customer file</source>
        <translation>For example: replied &quot;Yes&quot; on WhatsApp; signed form in the customer file</translation>
    </message>
    <message>
        <source>Attached &amp;files:</source>
        <translation>Attached &amp;files:</translation>
    </message>
    <message>
        <source>Files kept as evidence</source>
        <translation>Files kept as evidence</translation>
    </message>
    <message>
        <source>Kept encrypted inside the vault, with name, size and SHA-256</source>
        <translation>Kept encrypted inside the vault, with name, size and SHA-256</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Attach file…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>The information &amp;notice was handed over with the request (e.g. on the signed form)</source>
        <translation>The information &amp;notice was handed over with the request (e.g. on the signed form)</translation>
    </message>
    <message>
        <source>Consent counts only if the customer had the information notice: sent before, or handed over with the request.</source>
        <translation>Consent counts only if the customer had the information notice: sent before, or handed over with the request.</translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Category changed.</source>
        <translation>Category changed.</translation>
    </message>
    <message numerus="yes">
        <source>Category changed for %n contact(s).</source>
        <translation>
            <numerusform>Category changed for %n contact.</numerusform>
            <numerusform>Category changed for %n contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactEditDialog</name>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Add a contact</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <source>A contact needs a name or an organisation.</source>
        <translation>A contact needs a name or an organisation.</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Display &amp;name:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Given name:</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Family name:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Notice &amp;language:</source>
        <translation>Notice &amp;language:</translation>
    </message>
    <message>
        <source>Notice language</source>
        <translation>Notice language</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Phone &amp;numbers:</source>
        <translation>Phone &amp;numbers:</translation>
    </message>
    <message>
        <source>Phone numbers, one per line</source>
        <translation>Phone numbers, one per line</translation>
    </message>
    <message>
        <source>One number per line</source>
        <translation>One number per line</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>allowed</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>no consent</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>requested</translation>
    </message>
    <message>
        <source>notice not sent</source>
        <translation>notice not sent</translation>
    </message>
    <message>
        <source>implied only</source>
        <translation>implied only</translation>
    </message>
    <message>
        <source>consent without notice</source>
        <translation>consent without notice</translation>
    </message>
    <message>
        <source>basis not allowed</source>
        <translation>basis not allowed</translation>
    </message>
    <message>
        <source>no advertising consent</source>
        <translation>no advertising consent</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>under another contact</source>
        <translation>under another contact</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>private</source>
        <translation>private</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>invalid number</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Find by name, organisation or number (Ctrl+F)</source>
        <translation>Find by name, organisation or number (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter contacts</source>
        <translation>Filter contacts</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Show &amp;all contacts</source>
        <translation>Show &amp;all contacts</translation>
    </message>
    <message>
        <source>Showing the list: %1</source>
        <translation>Showing the list: %1</translation>
    </message>
    <message>
        <source>Loading contacts…</source>
        <translation>Loading contacts…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create vault</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <source>No secret store of the system is available: %1</source>
        <translation>No secret store of the system is available: %1</translation>
    </message>
    <message>
        <source>Where should the vault be stored?</source>
        <translation>Where should the vault be stored?</translation>
    </message>
    <message>
        <source>contactvault vaults (*.cvault)</source>
        <translation>contactvault vaults (*.cvault)</translation>
    </message>
    <message>
        <source>At least %1 characters are needed.</source>
        <translation>At least %1 characters are needed.</translation>
    </message>
    <message>
        <source>Weak: a longer passphrase of several words is much safer.</source>
        <translation>Weak: a longer passphrase of several words is much safer.</translation>
    </message>
    <message>
        <source>Fair: adding another word makes it much stronger.</source>
        <translation>Fair: adding another word makes it much stronger.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Good.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>The two entries differ.</translation>
    </message>
    <message>
        <source>Passphrase not remembered</source>
        <translation>Passphrase not remembered</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Create a new vault</translation>
    </message>
    <message>
        <source>All contacts are kept in one encrypted file. Choose a passphrase you can remember; without it nobody, including you, can open the vault.</source>
        <translation>All contacts are kept in one encrypted file. Choose a passphrase you can remember; without it nobody, including you, can open the vault.</translation>
    </message>
    <message>
        <source>Vault file:</source>
        <translation>Vault file:</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>Vault file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>Re&amp;member in the system&apos;s secret store</source>
        <translation>Re&amp;member in the system&apos;s secret store</translation>
    </message>
</context>
<context>
    <name>Damage</name>
    <message>
        <source>the vault&apos;s own data (version, identity)</source>
        <translation>the vault&apos;s own data (version, identity)</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>settings</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>phone numbers</translation>
    </message>
    <message>
        <source>the original records of imports</source>
        <translation>the original records of imports</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>the audit log</translation>
    </message>
    <message>
        <source>consent records</source>
        <translation>consent records</translation>
    </message>
    <message>
        <source>WhatsApp phones</source>
        <translation>WhatsApp phones</translation>
    </message>
    <message>
        <source>exports</source>
        <translation>exports</translation>
    </message>
    <message>
        <source>the numbers of each export</source>
        <translation>the numbers of each export</translation>
    </message>
    <message>
        <source>confirmed removals from phones</source>
        <translation>confirmed removals from phones</translation>
    </message>
    <message>
        <source>the temporary permission to erase records</source>
        <translation>the temporary permission to erase records</translation>
    </message>
    <message>
        <source>messages sent to contacts</source>
        <translation>messages sent to contacts</translation>
    </message>
    <message>
        <source>procedure records</source>
        <translation>procedure records</translation>
    </message>
    <message>
        <source>procedure steps</source>
        <translation>procedure steps</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Numbers on a WhatsApp phone without valid consent today</source>
        <translation>Numbers on a WhatsApp phone without valid consent today</translation>
    </message>
    <message>
        <source>Open removals per phone</source>
        <translation>Open removals per phone</translation>
    </message>
    <message>
        <source>Implied consent whose information notice was not sent</source>
        <translation>Implied consent whose information notice was not sent</translation>
    </message>
    <message>
        <source>Consent recorded without the information notice</source>
        <translation>Consent recorded without the information notice</translation>
    </message>
    <message>
        <source>Consent older than the re-confirmation age</source>
        <translation>Consent older than the re-confirmation age</translation>
    </message>
    <message>
        <source>Contacts past the retention period</source>
        <translation>Contacts past the retention period</translation>
    </message>
    <message>
        <source>Contacts not yet classified</source>
        <translation>Contacts not yet classified</translation>
    </message>
    <message>
        <source>Phones whose procedure is not done</source>
        <translation>Phones whose procedure is not done</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) must be deleted from this phone</source>
        <translation>
            <numerusform>%n number must be deleted from this phone</numerusform>
            <numerusform>%n numbers must be deleted from this phone</numerusform>
        </translation>
    </message>
    <message>
        <source>last activity on {date}</source>
        <translation>last activity on {date}</translation>
    </message>
    <message>
        <source>stored since {date}</source>
        <translation>stored since {date}</translation>
    </message>
    <message>
        <source>procedure not started</source>
        <translation>procedure not started</translation>
    </message>
    <message>
        <source>procedure started on {date}, not done</source>
        <translation>procedure started on {date}, not done</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a contact to see its numbers and consent history.

Ctrl+F finds a contact, Ctrl+I imports an address book, Ctrl+E exports for the WhatsApp phone.</source>
        <translation>Select a contact to see its numbers and consent history.

Ctrl+F finds a contact, Ctrl+I imports an address book, Ctrl+E exports for the WhatsApp phone.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Data protection…</source>
        <translation>&amp;Data protection…</translation>
    </message>
    <message>
        <source>Access, rectification, restriction, objection and erasure (GDPR)</source>
        <translation>Access, rectification, restriction, objection and erasure (GDPR)</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>Numbers and consent history</source>
        <translation>Numbers and consent history</translation>
    </message>
    <message>
        <source>Number / event</source>
        <translation>Number / event</translation>
    </message>
    <message>
        <source>WhatsApp status</source>
        <translation>WhatsApp status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Record &amp;consent…</translation>
    </message>
    <message>
        <source>Send &amp;notice…</source>
        <translation>Send &amp;notice…</translation>
    </message>
    <message>
        <source>Copies the information notice in the contact&apos;s language to the clipboard, then asks whether and when you sent it</source>
        <translation>Copies the information notice in the contact&apos;s language to the clipboard, then asks whether and when you sent it</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revoke…</translation>
    </message>
    <message>
        <source>E&amp;vidence…</source>
        <translation>E&amp;vidence…</translation>
    </message>
    <message>
        <source>What is kept with the chosen event: the exact text sent, and files (a screenshot of the chat, a scanned form) to list, attach or save a copy of</source>
        <translation>What is kept with the chosen event: the exact text sent, and files (a screenshot of the chat, a scanned form) to list, attach or save a copy of</translation>
    </message>
    <message>
        <source>Copy n&amp;umber</source>
        <translation>Copy n&amp;umber</translation>
    </message>
    <message>
        <source>From a WhatsApp c&amp;hat…</source>
        <translation>From a WhatsApp c&amp;hat…</translation>
    </message>
    <message>
        <source>Record the consent events of an exported WhatsApp chat with this contact</source>
        <translation>Record the consent events of an exported WhatsApp chat with this contact</translation>
    </message>
    <message>
        <source>Numbers and consent:</source>
        <translation>Numbers and consent:</translation>
    </message>
    <message>
        <source>New category for the selected contacts</source>
        <translation>New category for the selected contacts</translation>
    </message>
    <message>
        <source>&amp;Set category</source>
        <translation>&amp;Set category</translation>
    </message>
    <message>
        <source>Category for all selected:</source>
        <translation>Category for all selected:</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) selected</source>
        <translation>
            <numerusform>%n contact selected</numerusform>
            <numerusform>%n contacts selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached</source>
        <translation>
            <numerusform>%n file attached</numerusform>
            <numerusform>%n files attached</numerusform>
        </translation>
    </message>
    <message>
        <source>notice handed over</source>
        <translation>notice handed over</translation>
    </message>
    <message>
        <source>recorded %1 by %2</source>
        <translation>recorded %1 by %2</translation>
    </message>
    <message>
        <source>%1 (%2, SHA-256 %3)</source>
        <translation>%1 (%2, SHA-256 %3)</translation>
    </message>
    <message numerus="yes">
        <source>The number was copied; the clipboard is cleared after %n second(s) or when the vault locks.</source>
        <translation>
            <numerusform>The number was copied; the clipboard is cleared after %n second or when the vault locks.</numerusform>
            <numerusform>The number was copied; the clipboard is cleared after %n seconds or when the vault locks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>iOS</source>
        <translation>iOS</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Which WhatsApp phone?</source>
        <translation>Which WhatsApp phone?</translation>
    </message>
    <message>
        <source>Only numbers whose consent allows it go onto the phone. Everyone else stays in the vault.</source>
        <translation>Only numbers whose consent allows it go onto the phone. Everyone else stays in the vault.</translation>
    </message>
    <message>
        <source>WhatsApp phone</source>
        <translation>WhatsApp phone</translation>
    </message>
    <message>
        <source>&amp;New phone…</source>
        <translation>&amp;New phone…</translation>
    </message>
    <message>
        <source>&amp;Incremental: only contacts that are not on the phone yet</source>
        <translation>&amp;Incremental: only contacts that are not on the phone yet</translation>
    </message>
    <message>
        <source>&amp;Full: every allowed contact (for an empty address book)</source>
        <translation>&amp;Full: every allowed contact (for an empty address book)</translation>
    </message>
    <message>
        <source>Progress of the review</source>
        <translation>Progress of the review</translation>
    </message>
    <message>
        <source>WhatsApp phone:</source>
        <translation>WhatsApp phone:</translation>
    </message>
    <message>
        <source>New WhatsApp phone</source>
        <translation>New WhatsApp phone</translation>
    </message>
    <message>
        <source>A name for the phone (for example &quot;Workshop phone&quot;):</source>
        <translation>A name for the phone (for example &quot;Workshop phone&quot;):</translation>
    </message>
    <message>
        <source>Working out who may go onto the phone…</source>
        <translation>Working out who may go onto the phone…</translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message>
        <source>WhatsApp phones</source>
        <translation>WhatsApp phones</translation>
    </message>
    <message>
        <source>&amp;New phone…</source>
        <translation>&amp;New phone…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>&amp;Address book and publishing…</source>
        <translation>&amp;Address book and publishing…</translation>
    </message>
    <message>
        <source>WhatsApp phones:</source>
        <translation>WhatsApp phones:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Delete these numbers from the phone&apos;s address book, then confirm each one.</source>
        <translation>Delete these numbers from the phone&apos;s address book, then confirm each one.</translation>
    </message>
    <message>
        <source>&amp;Removed from the phone</source>
        <translation>&amp;Removed from the phone</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>&amp;Copy list</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Removed from the server</source>
        <translation>Removed from the server</translation>
    </message>
    <message>
        <source>On the phone</source>
        <translation>On the phone</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Export history</translation>
    </message>
    <message>
        <source>Open removals</source>
        <translation>Open removals</translation>
    </message>
    <message>
        <source>WhatsApp phones are not available yet.</source>
        <translation>WhatsApp phones are not available yet.</translation>
    </message>
    <message>
        <source>No WhatsApp phone yet</source>
        <translation>No WhatsApp phone yet</translation>
    </message>
    <message>
        <source>Create a profile for the dedicated WhatsApp phone, then export the consented contacts for it.</source>
        <translation>Create a profile for the dedicated WhatsApp phone, then export the consented contacts for it.</translation>
    </message>
    <message>
        <source>Publish to the address book to take these off the server, the phone drops them at its next sync; a number a file export put on the phone, delete there by hand and confirm.</source>
        <translation>Publish to the address book to take these off the server, the phone drops them at its next sync; a number a file export put on the phone, delete there by hand and confirm.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) on the phone</source>
        <translation>
            <numerusform>%n number on the phone</numerusform>
            <numerusform>%n numbers on the phone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n export(s)</source>
        <translation>
            <numerusform>%n export</numerusform>
            <numerusform>%n exports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open removal(s)</source>
        <translation>
            <numerusform>%n open removal</numerusform>
            <numerusform>%n open removals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) removed from the server</source>
        <translation>
            <numerusform>%n number removed from the server</numerusform>
            <numerusform>%n numbers removed from the server</numerusform>
        </translation>
    </message>
    <message>
        <source>Open removals (%1)</source>
        <translation>Open removals (%1)</translation>
    </message>
    <message>
        <source>New WhatsApp phone</source>
        <translation>New WhatsApp phone</translation>
    </message>
    <message>
        <source>A name for the phone (for example &quot;Workshop phone&quot;):</source>
        <translation>A name for the phone (for example &quot;Workshop phone&quot;):</translation>
    </message>
    <message>
        <source>Choose a phone first.</source>
        <translation>Choose a phone first.</translation>
    </message>
    <message>
        <source>Select the numbers you deleted from the phone.</source>
        <translation>Select the numbers you deleted from the phone.</translation>
    </message>
    <message numerus="yes">
        <source>%n removal(s) confirmed.</source>
        <translation>
            <numerusform>%n removal confirmed.</numerusform>
            <numerusform>%n removals confirmed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The removal list is on the clipboard.</source>
        <translation>The removal list is on the clipboard.</translation>
    </message>
    <message>
        <source>(erased person)</source>
        <translation>(erased person)</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>&amp;Copy list</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Numbers written: %1
File: %2

%3</source>
        <translation>Numbers written: %1
File: %2

%3</translation>
    </message>
    <message>
        <source>Audit trail with this export recorded: %1 (keep this line; it shows later whether the record was changed)</source>
        <translation>Audit trail with this export recorded: %1 (keep this line; it shows later whether the record was changed)</translation>
    </message>
    <message>
        <source>Delete these numbers from the phone&apos;s address book (consent revoked or contact erased). Confirm each one afterwards under &quot;WhatsApp phones&quot;.</source>
        <translation>Delete these numbers from the phone&apos;s address book (consent revoked or contact erased). Confirm each one afterwards under &quot;WhatsApp phones&quot;.</translation>
    </message>
    <message>
        <source>Nothing has to be removed from the phone.</source>
        <translation>Nothing has to be removed from the phone.</translation>
    </message>
    <message>
        <source>Removal list for %1</source>
        <translation>Removal list for %1</translation>
    </message>
</context>
<context>
    <name>DpoView</name>
    <message>
        <source>Data protection</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>D&amp;ocuments</translation>
    </message>
    <message>
        <source>Consent register for Excel (CSV)…</source>
        <translation>Consent register for Excel (CSV)…</translation>
    </message>
    <message>
        <source>Consent register (PDF)…</source>
        <translation>Consent register (PDF)…</translation>
    </message>
    <message>
        <source>Record of processing, GDPR Art. 30 (PDF)…</source>
        <translation>Record of processing, GDPR Art. 30 (PDF)…</translation>
    </message>
    <message>
        <source>Rules for employees (PDF)…</source>
        <translation>Rules for employees (PDF)…</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Open problems</source>
        <translation>Open problems</translation>
    </message>
    <message>
        <source>&amp;Show contacts</source>
        <translation>&amp;Show contacts</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Oldest</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reading the vault…</source>
        <translation>Reading the vault…</translation>
    </message>
    <message>
        <source>As of %1 · audit trail head %2</source>
        <translation>As of %1 · audit trail head %2</translation>
    </message>
    <message>
        <source>Contacts: %1 (%2)</source>
        <translation>Contacts: %1 (%2)</translation>
    </message>
    <message>
        <source>Numbers by consent status: %1 (%2)</source>
        <translation>Numbers by consent status: %1 (%2)</translation>
    </message>
    <message>
        <source>Numbers on each WhatsApp phone: %1</source>
        <translation>Numbers on each WhatsApp phone: %1</translation>
    </message>
    <message>
        <source>no phone yet</source>
        <translation>no phone yet</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Must be 0: delete these numbers from the phone and confirm the removal.</source>
        <translation>Must be 0: delete these numbers from the phone and confirm the removal.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: open the list to see them all</source>
        <translation>
            <numerusform>… and %n more entry: open the list to see it</numerusform>
            <numerusform>… and %n more entries: open the list to see them all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) on a WhatsApp phone without valid consent today: delete them from the phone and confirm the removal.</source>
        <translation>
            <numerusform>%n number on a WhatsApp phone without valid consent today: delete it from the phone and confirm the removal.</numerusform>
            <numerusform>%n numbers on a WhatsApp phone without valid consent today: delete them from the phone and confirm the removal.</numerusform>
        </translation>
    </message>
    <message>
        <source>No number on a WhatsApp phone lacks valid consent today.</source>
        <translation>No number on a WhatsApp phone lacks valid consent today.</translation>
    </message>
    <message>
        <source>consent-register</source>
        <translation>consent-register</translation>
    </message>
    <message>
        <source>record-of-processing</source>
        <translation>record-of-processing</translation>
    </message>
    <message>
        <source>staff-rules</source>
        <translation>staff-rules</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation>Writing the document…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>ErasedQuestion</name>
    <message>
        <source>Person erased earlier</source>
        <translation>Person erased earlier</translation>
    </message>
    <message>
        <source>%1 belonged to a person whose data was erased on %2 at their request.

Add the number again only if the person has come back to you. The vault records that you confirmed this.</source>
        <translation>%1 belonged to a person whose data was erased on %2 at their request.

Add the number again only if the person has come back to you. The vault records that you confirmed this.</translation>
    </message>
    <message>
        <source>Add again</source>
        <translation>Add again</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>Action not carried out</source>
        <translation>Action not carried out</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>An unexpected error occurred during the last action; it may not have been carried out, or only in part. Please check its result before you go on.</source>
        <translation>An unexpected error occurred during the last action; it may not have been carried out, or only in part. Please check its result before you go on.</translation>
    </message>
    <message>
        <source>The technical details are in the file {path}. Please send this file to the person who looks after contactvault for you.</source>
        <translation>The technical details are in the file {path}. Please send this file to the person who looks after contactvault for you.</translation>
    </message>
    <message>
        <source>The technical details could not be saved.</source>
        <translation>The technical details could not be saved.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: {detail}</source>
        <translation>Something went wrong: {detail}</translation>
    </message>
    <message>
        <source>No vault at {path}. Create one with &apos;contactvault init&apos;.</source>
        <translation>No vault at {path}. Create one with &apos;contactvault init&apos;.</translation>
    </message>
    <message>
        <source>A file already exists at {path}; not overwritten.</source>
        <translation>A file already exists at {path}; not overwritten.</translation>
    </message>
    <message>
        <source>Cannot open {path}: the passphrase is wrong, or the file is not a contactvault vault.</source>
        <translation>Cannot open {path}: the passphrase is wrong, or the file is not a contactvault vault.</translation>
    </message>
    <message>
        <source>{path} is not a contactvault vault: {reason}</source>
        <translation>{path} is not a contactvault vault: {reason}</translation>
    </message>
    <message>
        <source>The vault {path} was written by a newer contactvault (schema {found}, this version knows {known}). Update contactvault.</source>
        <translation>The vault {path} was written by a newer contactvault (schema {found}, this version knows {known}). Update contactvault.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it first.</source>
        <translation>The vault is locked. Unlock it first.</translation>
    </message>
    <message>
        <source>Passphrase not accepted: {reason}</source>
        <translation>Passphrase not accepted: {reason}</translation>
    </message>
    <message>
        <source>No passphrase available: no terminal to ask on, nothing remembered in the secret store, and neither CONTACTVAULT_PASSPHRASE nor --passphrase-file given.</source>
        <translation>No passphrase available: no terminal to ask on, nothing remembered in the secret store, and neither CONTACTVAULT_PASSPHRASE nor --passphrase-file given.</translation>
    </message>
    <message>
        <source>No secure secret store is available ({reason}). The passphrase was not remembered; you will be asked for it.</source>
        <translation>No secure secret store is available ({reason}). The passphrase was not remembered; you will be asked for it.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Cannot read {path}: {reason}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <source>No contact with id {ident}.</source>
        <translation>No contact with id {ident}.</translation>
    </message>
    <message>
        <source>No stored phone number matches {number}.</source>
        <translation>No stored phone number matches {number}.</translation>
    </message>
    <message>
        <source>{number} matches several stored numbers: {candidates}. Be more specific.</source>
        <translation>{number} matches several stored numbers: {candidates}. Be more specific.</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>No WhatsApp phone named {name}. Add it with &apos;contactvault devices add&apos;.</source>
        <translation>No WhatsApp phone named {name}. Add it with &apos;contactvault devices add&apos;.</translation>
    </message>
    <message>
        <source>Not restored from {path}: its audit trail does not verify ({problem}). Nothing was changed; the backup can still be examined with --vault.</source>
        <translation>Not restored from {path}: its audit trail does not verify ({problem}). Nothing was changed; the backup can still be examined with --vault.</translation>
    </message>
    <message>
        <source>A WhatsApp phone named {name} already exists.</source>
        <translation>A WhatsApp phone named {name} already exists.</translation>
    </message>
    <message>
        <source>Refused to export {number}: the consent policy does not allow it ({reason}). Nothing was written.</source>
        <translation>Refused to export {number}: the consent policy does not allow it ({reason}). Nothing was written.</translation>
    </message>
    <message>
        <source>{at} is in the future; a consent event can only be recorded once it happened.</source>
        <translation>{at} is in the future; a consent event can only be recorded once it happened.</translation>
    </message>
    <message>
        <source>Nothing to export to {device}: no number is eligible{extra}. No file was written.</source>
        <translation>Nothing to export to {device}: no number is eligible{extra}. No file was written.</translation>
    </message>
    <message>
        <source>{number} is not on the removal list of {device}; nothing to confirm.</source>
        <translation>{number} is not on the removal list of {device}; nothing to confirm.</translation>
    </message>
    <message>
        <source>The vault changed since the export was planned ({detail}). Plan the export again; nothing was written.</source>
        <translation>The vault changed since the export was planned ({detail}). Plan the export again; nothing was written.</translation>
    </message>
    <message>
        <source>The procedure has not been started for “{name}” yet.</source>
        <translation>The procedure has not been started for “{name}” yet.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>refused: invalid input, not found, or a file that cannot be read or written</source>
        <translation>refused: invalid input, not found, or a file that cannot be read or written</translation>
    </message>
    <message>
        <source>wrong passphrase, not a vault, a vault of a newer version, or a mistyped command</source>
        <translation>wrong passphrase, not a vault, a vault of a newer version, or a mistyped command</translation>
    </message>
    <message>
        <source>import finished, but files or records were skipped</source>
        <translation>import finished, but files or records were skipped</translation>
    </message>
    <message>
        <source>procedure step out of order</source>
        <translation>procedure step out of order</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>disk full</translation>
    </message>
    <message>
        <source>no permission to write (read-only file or folder)</source>
        <translation>no permission to write (read-only file or folder)</translation>
    </message>
    <message>
        <source>the vault is in use by another process</source>
        <translation>the vault is in use by another process</translation>
    </message>
    <message>
        <source>the vault is damaged</source>
        <translation>the vault is damaged</translation>
    </message>
    <message>
        <source>audit trail broken: entries changed, removed, reordered, cut off or deleted</source>
        <translation>audit trail broken: entries changed, removed, reordered, cut off or deleted</translation>
    </message>
    <message>
        <source>a record does not match the audit trail: changed, deleted or added without an entry</source>
        <translation>a record does not match the audit trail: changed, deleted or added without an entry</translation>
    </message>
    <message>
        <source>the audit trail does not hold the head printed earlier (--expect): shortened or rewritten</source>
        <translation>the audit trail does not hold the head printed earlier (--expect): shortened or rewritten</translation>
    </message>
    <message>
        <source>output file refused: it exists (give --force), or it is a vault or a backup</source>
        <translation>output file refused: it exists (give --force), or it is a vault or a backup</translation>
    </message>
    <message>
        <source>the CardDAV server could not be reached, refused the login or refused a change</source>
        <translation>the CardDAV server could not be reached, refused the login or refused a change</translation>
    </message>
    <message>
        <source>internal error (a bug)</source>
        <translation>internal error (a bug)</translation>
    </message>
    <message>
        <source>interrupted (Ctrl-C)</source>
        <translation>interrupted (Ctrl-C)</translation>
    </message>
    <message>
        <source>the output was closed early (e.g. by head)</source>
        <translation>the output was closed early (e.g. by head)</translation>
    </message>
    <message>
        <source>The vault {path} is damaged ({reason}). Nothing was written to it; it stays read-only until it is restored. &apos;contactvault check&apos; shows what is affected; restore the last backup with &apos;contactvault restore FILE&apos;.</source>
        <translation>The vault {path} is damaged ({reason}). Nothing was written to it; it stays read-only until it is restored. &apos;contactvault check&apos; shows what is affected; restore the last backup with &apos;contactvault restore FILE&apos;.</translation>
    </message>
    <message>
        <source>Not enough space to write {path}. Nothing was changed; free some space on that disk and try again.</source>
        <translation>Not enough space to write {path}. Nothing was changed; free some space on that disk and try again.</translation>
    </message>
    <message>
        <source>The vault {path} cannot be changed: {reason}. Nothing was changed.</source>
        <translation>The vault {path} cannot be changed: {reason}. Nothing was changed.</translation>
    </message>
    <message>
        <source>No permission for {path}: {reason}</source>
        <translation>No permission for {path}: {reason}</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>the file is read-only</translation>
    </message>
    <message>
        <source>its folder is read-only (a journal file must be created beside the vault)</source>
        <translation>its folder is read-only (a journal file must be created beside the vault)</translation>
    </message>
    <message>
        <source>the disk is mounted read-only</source>
        <translation>the disk is mounted read-only</translation>
    </message>
    <message>
        <source>The vault {path} is in use by another contactvault process; waited {seconds} s. Nothing was changed. Try again when the other program has finished (or close it).</source>
        <translation>The vault {path} is in use by another contactvault process; waited {seconds} s. Nothing was changed. Try again when the other program has finished (or close it).</translation>
    </message>
    <message>
        <source>No contact matches {person} (give a contact id, a name or a number).</source>
        <translation>No contact matches {person} (give a contact id, a name or a number).</translation>
    </message>
    <message>
        <source>{person} matches several contacts: {candidates}. Give the contact id.</source>
        <translation>{person} matches several contacts: {candidates}. Give the contact id.</translation>
    </message>
    <message>
        <source>{what} needs a confirmation: answer on a terminal, or give --yes. Nothing was changed.</source>
        <translation>{what} needs a confirmation: answer on a terminal, or give --yes. Nothing was changed.</translation>
    </message>
    <message>
        <source>{step}: {reason}</source>
        <translation>{step}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>The procedure for “{device}” cannot be completed: %n number(s) must still be deleted from the phone ({which}). Delete them, confirm each with &apos;contactvault removals --device NAME --confirm NUMBER&apos;, then confirm the end again.</source>
        <translation>
            <numerusform>The procedure for “{device}” cannot be completed: %n number must still be deleted from the phone ({which}). Delete it, confirm it with &apos;contactvault removals --device NAME --confirm NUMBER&apos;, then confirm the end again.</numerusform>
            <numerusform>The procedure for “{device}” cannot be completed: %n numbers must still be deleted from the phone ({which}). Delete them, confirm each with &apos;contactvault removals --device NAME --confirm NUMBER&apos;, then confirm the end again.</numerusform>
        </translation>
    </message>
    <message>
        <source>no permission (the file or its folder is read-only for you)</source>
        <translation>no permission (the file or its folder is read-only for you)</translation>
    </message>
    <message>
        <source>the operating system does not permit it</source>
        <translation>the operating system does not permit it</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>a part of the path is not a folder</translation>
    </message>
    <message>
        <source>The template {path} cannot be used: {reason}</source>
        <translation>The template {path} cannot be used: {reason}</translation>
    </message>
    <message>
        <source>The information notice is incomplete and cannot be recorded as sent. Fill in: {fields} – in the settings (Your business), or with &apos;contactvault settings set {key} VALUE&apos;.</source>
        <translation>The information notice is incomplete and cannot be recorded as sent. Fill in: {fields} – in the settings (Your business), or with &apos;contactvault settings set {key} VALUE&apos;.</translation>
    </message>
    <message>
        <source>The revocation confirmation is incomplete and cannot be recorded as sent. Fill in: {fields} – in the settings (Your business), or with &apos;contactvault settings set {key} VALUE&apos;.</source>
        <translation>The revocation confirmation is incomplete and cannot be recorded as sent. Fill in: {fields} – in the settings (Your business), or with &apos;contactvault settings set {key} VALUE&apos;.</translation>
    </message>
    <message>
        <source>The text changed after it was copied (a setting or the template was edited). Nothing was recorded: copy the new text and send it.</source>
        <translation>The text changed after it was copied (a setting or the template was edited). Nothing was recorded: copy the new text and send it.</translation>
    </message>
    <message>
        <source>No consent event with id {ident}.</source>
        <translation>No consent event with id {ident}.</translation>
    </message>
    <message>
        <source>{file}: {reason} Nothing was recorded.</source>
        <translation>{file}: {reason} Nothing was recorded.</translation>
    </message>
    <message>
        <source>{file}: the dates do not tell whether the day or the month comes first. Say which order the phone uses (day first: 29.11.26, month first: 11/29/26); nothing was proposed.</source>
        <translation>{file}: the dates do not tell whether the day or the month comes first. Say which order the phone uses (day first: 29.11.26, month first: 11/29/26); nothing was proposed.</translation>
    </message>
    <message>
        <source>{file} is a group chat ({count} senders). Consent is taken only from a chat between the business and one customer.</source>
        <translation>{file} is a group chat ({count} senders). Consent is taken only from a chat between the business and one customer.</translation>
    </message>
    <message>
        <source>{file}: which sender is the business cannot be told (no notice of the business in the chat, and the file name names no sender). Senders: {senders}. Say which one is the business.</source>
        <translation>{file}: which sender is the business cannot be told (no notice of the business in the chat, and the file name names no sender). Senders: {senders}. Say which one is the business.</translation>
    </message>
    <message>
        <source>“{name}” wrote nothing in {file}; its senders are: {senders}.</source>
        <translation>“{name}” wrote nothing in {file}; its senders are: {senders}.</translation>
    </message>
    <message>
        <source>{file} proposes nothing with the id {ident} (see &apos;contactvault chat scan&apos;). Nothing was recorded.</source>
        <translation>{file} proposes nothing with the id {ident} (see &apos;contactvault chat scan&apos;). Nothing was recorded.</translation>
    </message>
    <message>
        <source>The chat shows its partner only by the name “{name}”, which is contact {contact} ({number}) in the vault. A name alone is not enough: confirm it with --contact {contact}. Nothing was recorded.</source>
        <translation>The chat shows its partner only by the name “{name}”, which is contact {contact} ({number}) in the vault. A name alone is not enough: confirm it with --contact {contact}. Nothing was recorded.</translation>
    </message>
    <message>
        <source>The chat shows its partner only by the name “{name}”, which fits several numbers in the vault ({candidates}). Say which with --contact ID and --number NUMBER. Nothing was recorded.</source>
        <translation>The chat shows its partner only by the name “{name}”, which fits several numbers in the vault ({candidates}). Say which with --contact ID and --number NUMBER. Nothing was recorded.</translation>
    </message>
    <message>
        <source>The chat shows its partner only by the name “{name}”, and no contact in the vault has exactly that name. Give the number with --number (and --add-contact if it is new). Nothing was recorded.</source>
        <translation>The chat shows its partner only by the name “{name}”, and no contact in the vault has exactly that name. Give the number with --number (and --add-contact if it is new). Nothing was recorded.</translation>
    </message>
    <message>
        <source>{number} is not in the vault. Add it as a new contact (category customer, named “{name}”) with --add-contact. Nothing was recorded.</source>
        <translation>{number} is not in the vault. Add it as a new contact (category customer, named “{name}”) with --add-contact. Nothing was recorded.</translation>
    </message>
    <message>
        <source>{number} belonged to a person whose data was erased on {date} at their request. Nothing was recorded. Add the number again only if the person has come back to you; confirm that with --allow-erased.</source>
        <translation>{number} belonged to a person whose data was erased on {date} at their request. Nothing was recorded. Add the number again only if the person has come back to you; confirm that with --allow-erased.</translation>
    </message>
    <message>
        <source>{path} is too large to keep as evidence ({size} MB; at most {limit} MB). Nothing was recorded.</source>
        <translation>{path} is too large to keep as evidence ({size} MB; at most {limit} MB). Nothing was recorded.</translation>
    </message>
    <message>
        <source>No evidence file with id {ident}.</source>
        <translation>No evidence file with id {ident}.</translation>
    </message>
    <message>
        <source>{path} exists already and was not changed. Choose another name, or give --force to replace it.</source>
        <translation>{path} exists already and was not changed. Choose another name, or give --force to replace it.</translation>
    </message>
    <message>
        <source>{path} was not changed: {reason}. contactvault never writes over a vault or a backup, not even with --force; choose another name.</source>
        <translation>{path} was not changed: {reason}. contactvault never writes over a vault or a backup, not even with --force; choose another name.</translation>
    </message>
    <message>
        <source>The CardDAV server at {url} answered {status} ({reason}).</source>
        <translation>The CardDAV server at {url} answered {status} ({reason}).</translation>
    </message>
    <message>
        <source>Cannot reach the CardDAV server at {url} ({reason}). Check the address and the network, and that the server is running.</source>
        <translation>Cannot reach the CardDAV server at {url} ({reason}). Check the address and the network, and that the server is running.</translation>
    </message>
    <message>
        <source>The CardDAV server at {url} is not trusted: its TLS certificate could not be verified ({reason}). Nothing was sent to it. Give the server&apos;s certificate file with --certificate if you run the server yourself.</source>
        <translation>The CardDAV server at {url} is not trusted: its TLS certificate could not be verified ({reason}). Nothing was sent to it. Give the server&apos;s certificate file with --certificate if you run the server yourself.</translation>
    </message>
    <message>
        <source>{url} is not an https address. Passwords and contacts are sent to a CardDAV server only over TLS (https), except to this computer itself.</source>
        <translation>{url} is not an https address. Passwords and contacts are sent to a CardDAV server only over TLS (https), except to this computer itself.</translation>
    </message>
    <message>
        <source>The CardDAV server at {url} refused the login {user}: wrong user name or password (401).</source>
        <translation>The CardDAV server at {url} refused the login {user}: wrong user name or password (401).</translation>
    </message>
    <message>
        <source>The CardDAV server at {url} does not allow {user} to change {what} (403): the login may only read this address book, or it belongs to someone else.</source>
        <translation>The CardDAV server at {url} does not allow {user} to change {what} (403): the login may only read this address book, or it belongs to someone else.</translation>
    </message>
    <message>
        <source>There is no address book at {url} (404). Check the address: it is the address book&apos;s own address, not the server&apos;s.</source>
        <translation>There is no address book at {url} (404). Check the address: it is the address book&apos;s own address, not the server&apos;s.</translation>
    </message>
    <message>
        <source>The card {what} on the CardDAV server at {url} was changed or deleted by someone else after it was read (412). It was left as it is; publish again to compare afresh.</source>
        <translation>The card {what} on the CardDAV server at {url} was changed or deleted by someone else after it was read (412). It was left as it is; publish again to compare afresh.</translation>
    </message>
    <message>
        <source>The CardDAV server at {url} has no room left for {what} (507 insufficient storage). Ask the server&apos;s administrator to free space or raise the quota.</source>
        <translation>The CardDAV server at {url} has no room left for {what} (507 insufficient storage). Ask the server&apos;s administrator to free space or raise the quota.</translation>
    </message>
    <message>
        <source>The answer of the CardDAV server at {url} cannot be read ({reason}). Is it a CardDAV address book?</source>
        <translation>The answer of the CardDAV server at {url} cannot be read ({reason}). Is it a CardDAV address book?</translation>
    </message>
    <message>
        <source>No password for the CardDAV login {user} of {device}: the system&apos;s secret store keeps none and there is no terminal to ask on. Run &apos;contactvault devices carddav&apos; on a terminal, or set CONTACTVAULT_CARDDAV_PASSWORD (less safe).</source>
        <translation>No password for the CardDAV login {user} of {device}: the system&apos;s secret store keeps none and there is no terminal to ask on. Run &apos;contactvault devices carddav&apos; on a terminal, or set CONTACTVAULT_CARDDAV_PASSWORD (less safe).</translation>
    </message>
    <message>
        <source>{device} has no CardDAV address book. Set one with &apos;contactvault devices carddav &quot;{device}&quot; --url URL --user LOGIN&apos;.</source>
        <translation>{device} has no CardDAV address book. Set one with &apos;contactvault devices carddav &quot;{device}&quot; --url URL --user LOGIN&apos;.</translation>
    </message>
    <message>
        <source>Publishing to {device} stopped after {done} of {total} changes: {reason} What the server confirmed is recorded; publish again to finish.</source>
        <translation>Publishing to {device} stopped after {done} of {total} changes: {reason} What the server confirmed is recorded; publish again to finish.</translation>
    </message>
    <message>
        <source>The vault changed since the publish to {device} was planned. Nothing was changed on the server; plan it again.</source>
        <translation>The vault changed since the publish to {device} was planned. Nothing was changed on the server; plan it again.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>it is an unencrypted SQLite database</source>
        <translation>it is an unencrypted SQLite database</translation>
    </message>
    <message>
        <source>it is an encrypted database of another program</source>
        <translation>it is an encrypted database of another program</translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation>the file is truncated</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>it is not a regular file</translation>
    </message>
    <message>
        <source>it is the vault that is open</source>
        <translation>it is the vault that is open</translation>
    </message>
    <message>
        <source>it is a contactvault vault</source>
        <translation>it is a contactvault vault</translation>
    </message>
    <message>
        <source>it looks like an encrypted vault or backup, not a file contactvault wrote</source>
        <translation>it looks like an encrypted vault or backup, not a file contactvault wrote</translation>
    </message>
    <message>
        <source>it contains a NUL character</source>
        <translation>it contains a NUL character</translation>
    </message>
    <message>
        <source>template missing</source>
        <translation>template missing</translation>
    </message>
    <message>
        <source>it needs a &apos;Version:&apos; line and a &apos;Date:&apos; line such as 2026-11-29</source>
        <translation>it needs a &apos;Version:&apos; line and a &apos;Date:&apos; line such as 2026-11-29</translation>
    </message>
    <message>
        <source>its Consent-Phrase or Revocation-Phrase line names a reply that its text does not contain</source>
        <translation>its Consent-Phrase or Revocation-Phrase line names a reply that its text does not contain</translation>
    </message>
    <message>
        <source>service or advertising</source>
        <translation>service or advertising</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation>must be a whole number, 0 or more</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 365</source>
        <translation>must be a whole number from 1 to 365</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a card needs at least one number</source>
        <translation>a card needs at least one number</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>the PDF writer produced nothing</source>
        <translation>the PDF writer produced nothing</translation>
    </message>
    <message>
        <source>cannot start the PDF writer</source>
        <translation>cannot start the PDF writer</translation>
    </message>
    <message>
        <source>not editable</source>
        <translation>not editable</translation>
    </message>
    <message>
        <source>a contact needs a name or an organisation</source>
        <translation>a contact needs a name or an organisation</translation>
    </message>
    <message>
        <source>a name or a number is needed</source>
        <translation>a name or a number is needed</translation>
    </message>
    <message>
        <source>a phone needs a name</source>
        <translation>a phone needs a name</translation>
    </message>
    <message>
        <source>a CardDAV login needs a user name</source>
        <translation>a CardDAV login needs a user name</translation>
    </message>
    <message>
        <source>it is a folder; name the files in it (for example FOLDER/*.vcf)</source>
        <translation>it is a folder; name the files in it (for example FOLDER/*.vcf)</translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO), not a file</source>
        <translation>it is a named pipe (FIFO), not a file</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>it is a device, not a file</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>it is a socket, not a file</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>the reading process stopped</source>
        <translation>the reading process stopped</translation>
    </message>
    <message>
        <source>standard or strict</source>
        <translation>standard or strict</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>must not be negative</translation>
    </message>
    <message>
        <source>PDF needs the desktop app&apos;s printer, which was not given; write an .html file instead</source>
        <translation>PDF needs the desktop app&apos;s printer, which was not given; write an .html file instead</translation>
    </message>
    <message>
        <source>vcard, selection or links</source>
        <translation>vcard, selection or links</translation>
    </message>
    <message>
        <source>it must have at least 8 characters</source>
        <translation>it must have at least 8 characters</translation>
    </message>
    <message>
        <source>not a date or time (use 29.11.2026, 29.11.2026 14:30 or 2026-11-29 14:30)</source>
        <translation>not a date or time (use 29.11.2026, 29.11.2026 14:30 or 2026-11-29 14:30)</translation>
    </message>
    <message>
        <source>only a grant can record that the notice was handed over with it</source>
        <translation>only a grant can record that the notice was handed over with it</translation>
    </message>
    <message>
        <source>only a grant or an implied consent is given for a purpose</source>
        <translation>only a grant or an implied consent is given for a purpose</translation>
    </message>
    <message>
        <source>the chat shows another number for its partner</source>
        <translation>the chat shows another number for its partner</translation>
    </message>
    <message>
        <source>that contact does not store this number</source>
        <translation>that contact does not store this number</translation>
    </message>
    <message>
        <source>the number is in the vault already</source>
        <translation>the number is in the vault already</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>no such setting (contactvault settings list shows them)</source>
        <translation>no such setting (contactvault settings list shows them)</translation>
    </message>
    <message>
        <source>unknown region code (two letters, e.g. DE, AT, CH)</source>
        <translation>unknown region code (two letters, e.g. DE, AT, CH)</translation>
    </message>
    <message>
        <source>a web address starting with https://</source>
        <translation>a web address starting with https://</translation>
    </message>
    <message>
        <source>give the head as printed: entry count, a colon and the hash (at least its first 16 characters)</source>
        <translation>give the head as printed: entry count, a colon and the hash (at least its first 16 characters)</translation>
    </message>
    <message>
        <source>this document is written as {allowed}</source>
        <translation>this document is written as {allowed}</translation>
    </message>
    <message>
        <source>one character other than quotes and line ends</source>
        <translation>one character other than quotes and line ends</translation>
    </message>
    <message>
        <source>write COLUMN=FIELD with a field such as phone, given, family, email (see --help)</source>
        <translation>write COLUMN=FIELD with a field such as phone, given, family, email (see --help)</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>not a folder</translation>
    </message>
    <message>
        <source>give a person or --retention, not both</source>
        <translation>give a person or --retention, not both</translation>
    </message>
    <message>
        <source>json or pdf</source>
        <translation>json or pdf</translation>
    </message>
    <message>
        <source>PDF needs the desktop app&apos;s printer</source>
        <translation>PDF needs the desktop app&apos;s printer</translation>
    </message>
    <message>
        <source>no longer past the retention period</source>
        <translation>no longer past the retention period</translation>
    </message>
    <message>
        <source>not a known time zone (e.g. Europe/Berlin)</source>
        <translation>not a known time zone (e.g. Europe/Berlin)</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>no answer in time</translation>
    </message>
    <message>
        <source>the connection was refused or the name is unknown</source>
        <translation>the connection was refused or the name is unknown</translation>
    </message>
    <message>
        <source>not WebDAV XML</source>
        <translation>not WebDAV XML</translation>
    </message>
    <message>
        <source>an address book&apos;s address starts with https://</source>
        <translation>an address book&apos;s address starts with https://</translation>
    </message>
    <message>
        <source>give both, or --off</source>
        <translation>give both, or --off</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>%1 on %2, number %3 (event %4)</source>
        <translation>%1 on %2, number %3 (event %4)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>No files are kept with this event yet.</source>
        <translation>No files are kept with this event yet.</translation>
    </message>
    <message>
        <source>Attach files as evidence</source>
        <translation>Attach files as evidence</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.jpeg *.heic *.webp *.pdf *.txt *.eml);;All files (*)</source>
        <translation>Images and documents (*.png *.jpg *.jpeg *.heic *.webp *.pdf *.txt *.eml);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) kept in the vault with this event.</source>
        <translation>
            <numerusform>%n file kept in the vault with this event.</numerusform>
            <numerusform>%n files kept in the vault with this event.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy of the evidence file</source>
        <translation>Save a copy of the evidence file</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Written: %1 – a copy outside the vault, not encrypted.</source>
        <translation>Written: %1 – a copy outside the vault, not encrypted.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>&amp;Text sent, as kept in the vault:</source>
        <translation>&amp;Text sent, as kept in the vault:</translation>
    </message>
    <message>
        <source>The exact text sent</source>
        <translation>The exact text sent</translation>
    </message>
    <message>
        <source>&amp;Files kept as evidence:</source>
        <translation>&amp;Files kept as evidence:</translation>
    </message>
    <message>
        <source>Files kept as evidence</source>
        <translation>Files kept as evidence</translation>
    </message>
    <message>
        <source>Kept encrypted inside the vault, with name, size and SHA-256</source>
        <translation>Kept encrypted inside the vault, with name, size and SHA-256</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Attach file…</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <source>Writes the file outside the vault, not encrypted; an existing file is never overwritten</source>
        <translation>Writes the file outside the vault, not encrypted; an existing file is never overwritten</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>the contact was erased</source>
        <translation>the contact was erased</translation>
    </message>
    <message>
        <source>the number is no longer stored for this contact</source>
        <translation>the number is no longer stored for this contact</translation>
    </message>
    <message>
        <source>(erased person, erasure {id})</source>
        <translation>(erased person, erasure {id})</translation>
    </message>
    <message>
        <source>number erased: confirm with the number or with erased:{id}</source>
        <translation>number erased: confirm with the number or with erased:{id}</translation>
    </message>
    <message numerus="yes">
        <source>{device} already holds %n number(s) from earlier exports. Importing a full export again creates duplicates on the phone; use an incremental export unless the phone&apos;s address book was emptied.</source>
        <translation>
            <numerusform>{device} already holds %n number from earlier exports. Importing a full export again creates duplicates on the phone; use an incremental export unless the phone&apos;s address book was emptied.</numerusform>
            <numerusform>{device} already holds %n numbers from earlier exports. Importing a full export again creates duplicates on the phone; use an incremental export unless the phone&apos;s address book was emptied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) must be deleted from {device}; see the removal list.</source>
        <translation>
            <numerusform>%n number must be deleted from {device}; see the removal list.</numerusform>
            <numerusform>%n numbers must be deleted from {device}; see the removal list.</numerusform>
        </translation>
    </message>
    <message>
        <source> that is not on the phone already</source>
        <translation> that is not on the phone already</translation>
    </message>
    <message numerus="yes">
        <source>{path} is NOT encrypted: it holds %n name(s) and phone number(s) in plain text. Delete it as soon as the WhatsApp phone has imported it.</source>
        <translation>
            <numerusform>{path} is NOT encrypted: it holds %n name and phone number in plain text. Delete it as soon as the WhatsApp phone has imported it.</numerusform>
            <numerusform>{path} is NOT encrypted: it holds %n names and phone numbers in plain text. Delete it as soon as the WhatsApp phone has imported it.</numerusform>
        </translation>
    </message>
    <message>
        <source>not put there by contactvault</source>
        <translation>not put there by contactvault</translation>
    </message>
    <message>
        <source>changed on the server by someone else</source>
        <translation>changed on the server by someone else</translation>
    </message>
    <message>
        <source>not published: no password is kept for its CardDAV login; publish by hand (&apos;contactvault publish --device {device}&apos;)</source>
        <translation>not published: no password is kept for its CardDAV login; publish by hand (&apos;contactvault publish --device {device}&apos;)</translation>
    </message>
    <message>
        <source>removed from the server on {date}, the phone syncs itself</source>
        <translation>removed from the server on {date}, the phone syncs itself</translation>
    </message>
    <message>
        <source>Removed from the CardDAV server ({count}); on the phone, delete a chat with the number by hand if there is one:</source>
        <translation>Removed from the CardDAV server ({count}); on the phone, delete a chat with the number by hand if there is one:</translation>
    </message>
</context>
<context>
    <name>ExportKind</name>
    <message>
        <source>full export</source>
        <translation>full export</translation>
    </message>
    <message>
        <source>incremental export</source>
        <translation>incremental export</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Export for a WhatsApp phone</source>
        <translation>Export for a WhatsApp phone</translation>
    </message>
    <message>
        <source>Unexpected problem: %1</source>
        <translation>Unexpected problem: %1</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Choose address books</source>
        <translation>Choose address books</translation>
    </message>
    <message>
        <source>vCard files (.vcf) from Android, iPhone, Outlook or other programs, CSV files and Excel or LibreOffice spreadsheets. You can also drop files here.</source>
        <translation>vCard files (.vcf) from Android, iPhone, Outlook or other programs, CSV files and Excel or LibreOffice spreadsheets. You can also drop files here.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Files to import</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Default region</source>
        <translation>Default region</translation>
    </message>
    <message>
        <source>Numbers without country code are from:</source>
        <translation>Numbers without country code are from:</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>Google Contacts CSV</source>
        <translation>Google Contacts CSV</translation>
    </message>
    <message>
        <source>Outlook CSV</source>
        <translation>Outlook CSV</translation>
    </message>
    <message>
        <source>Thunderbird CSV</source>
        <translation>Thunderbird CSV</translation>
    </message>
    <message>
        <source>Apple Contacts CSV</source>
        <translation>Apple Contacts CSV</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV table</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>OpenDocument spreadsheet</translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>file cannot be read</source>
        <translation>file cannot be read</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>file is empty</translation>
    </message>
    <message>
        <source>file is not text</source>
        <translation>file is not text</translation>
    </message>
    <message>
        <source>not a vCard or known contacts CSV</source>
        <translation>not a vCard or known contacts CSV</translation>
    </message>
    <message>
        <source>text encoding was guessed</source>
        <translation>text encoding was guessed</translation>
    </message>
    <message>
        <source>unusual line endings</source>
        <translation>unusual line endings</translation>
    </message>
    <message>
        <source>byte-order mark removed</source>
        <translation>byte-order mark removed</translation>
    </message>
    <message>
        <source>bytes that are not text skipped</source>
        <translation>bytes that are not text skipped</translation>
    </message>
    <message>
        <source>file holds no contacts</source>
        <translation>file holds no contacts</translation>
    </message>
    <message>
        <source>contact record cannot be read</source>
        <translation>contact record cannot be read</translation>
    </message>
    <message>
        <source>contact record is too large</source>
        <translation>contact record is too large</translation>
    </message>
    <message>
        <source>contact record has no name, number or e-mail</source>
        <translation>contact record has no name, number or e-mail</translation>
    </message>
    <message>
        <source>CSV row cannot be read</source>
        <translation>CSV row cannot be read</translation>
    </message>
    <message>
        <source>CSV columns not recognised</source>
        <translation>CSV columns not recognised</translation>
    </message>
    <message>
        <source>no column holds phone numbers; nothing was imported from this file</source>
        <translation>no column holds phone numbers; nothing was imported from this file</translation>
    </message>
    <message>
        <source>the column mapping names a column the file does not have</source>
        <translation>the column mapping names a column the file does not have</translation>
    </message>
    <message>
        <source>text outside any contact record ignored</source>
        <translation>text outside any contact record ignored</translation>
    </message>
    <message>
        <source>END:VCARD missing; record read to its end</source>
        <translation>END:VCARD missing; record read to its end</translation>
    </message>
    <message>
        <source>VERSION missing; assumed</source>
        <translation>VERSION missing; assumed</translation>
    </message>
    <message>
        <source>line cannot be read; kept in the original text</source>
        <translation>line cannot be read; kept in the original text</translation>
    </message>
    <message>
        <source>broken quoted-printable value; decoded as far as possible</source>
        <translation>broken quoted-printable value; decoded as far as possible</translation>
    </message>
    <message>
        <source>declared character set does not match the bytes</source>
        <translation>declared character set does not match the bytes</translation>
    </message>
    <message>
        <source>unknown character set</source>
        <translation>unknown character set</translation>
    </message>
    <message>
        <source>overlong value shortened</source>
        <translation>overlong value shortened</translation>
    </message>
    <message>
        <source>BEGIN:VCARD missing; record read from the end of the previous one</source>
        <translation>BEGIN:VCARD missing; record read from the end of the previous one</translation>
    </message>
    <message>
        <source>NUL bytes removed from the record</source>
        <translation>NUL bytes removed from the record</translation>
    </message>
    <message>
        <source>the number was stored as a number in the spreadsheet; the leading 0 was added</source>
        <translation>the number was stored as a number in the spreadsheet; the leading 0 was added</translation>
    </message>
    <message>
        <source>the number was stored as a number in the spreadsheet; a leading 0 or + may have been lost, please check it</source>
        <translation>the number was stored as a number in the spreadsheet; a leading 0 or + may have been lost, please check it</translation>
    </message>
    <message>
        <source>CSV rows have fewer cells than the header; missing cells read as empty</source>
        <translation>CSV rows have fewer cells than the header; missing cells read as empty</translation>
    </message>
    <message>
        <source>phone number kept but flagged</source>
        <translation>phone number kept but flagged</translation>
    </message>
    <message>
        <source>merged with an existing contact</source>
        <translation>merged with an existing contact</translation>
    </message>
    <message>
        <source>already in the vault; nothing changed</source>
        <translation>already in the vault; nothing changed</translation>
    </message>
    <message>
        <source>was erased on {date} (GDPR Art. 17); not imported again unless asked for</source>
        <translation>was erased on {date} (GDPR Art. 17); not imported again unless asked for</translation>
    </message>
    <message>
        <source>was erased on {date} (GDPR Art. 17); imported again as asked</source>
        <translation>was erased on {date} (GDPR Art. 17); imported again as asked</translation>
    </message>
    <message>
        <source>the file has 0 bytes</source>
        <translation>the file has 0 bytes</translation>
    </message>
    <message>
        <source>the file holds only spaces and empty lines</source>
        <translation>the file holds only spaces and empty lines</translation>
    </message>
    <message>
        <source>the file starts with the {encoding} byte-order mark</source>
        <translation>the file starts with the {encoding} byte-order mark</translation>
    </message>
    <message>
        <source>the file does not say its encoding; it was read as {encoding}</source>
        <translation>the file does not say its encoding; it was read as {encoding}</translation>
    </message>
    <message>
        <source>the file does not say its encoding; it was read as {encoding} ({languages}), the code page its letters fit best</source>
        <translation>the file does not say its encoding; it was read as {encoding} ({languages}), the code page its letters fit best</translation>
    </message>
    <message>
        <source>{bytes} bytes before the first BEGIN:VCARD; line numbers count from there</source>
        <translation>{bytes} bytes before the first BEGIN:VCARD; line numbers count from there</translation>
    </message>
    <message>
        <source>the file has neither BEGIN:VCARD nor a row of column names</source>
        <translation>the file has neither BEGIN:VCARD nor a row of column names</translation>
    </message>
    <message>
        <source>the file is a WhatsApp chat export, not an address book; chats are read with “contactvault chat scan”</source>
        <translation>the file is a WhatsApp chat export, not an address book; chats are read with “contactvault chat scan”</translation>
    </message>
    <message>
        <source>the file&apos;s columns are: {columns}. Choose which column holds the numbers.</source>
        <translation>the file&apos;s columns are: {columns}. Choose which column holds the numbers.</translation>
    </message>
    <message>
        <source>the record ends where the next one begins or where the file ends</source>
        <translation>the record ends where the next one begins or where the file ends</translation>
    </message>
    <message>
        <source>lines without a property name and &apos;:&apos;: {count}</source>
        <translation>lines without a property name and &apos;:&apos;: {count}</translation>
    </message>
    <message>
        <source>no property could be read</source>
        <translation>no property could be read</translation>
    </message>
    <message>
        <source>the record holds no properties</source>
        <translation>the record holds no properties</translation>
    </message>
    <message>
        <source>soft line break at the end of the record</source>
        <translation>soft line break at the end of the record</translation>
    </message>
    <message>
        <source>read as vCard {version}</source>
        <translation>read as vCard {version}</translation>
    </message>
    <message>
        <source>{property}: &apos;=&apos; not followed by two hex digits; kept as written</source>
        <translation>{property}: &apos;=&apos; not followed by two hex digits; kept as written</translation>
    </message>
    <message>
        <source>{property}: the BASE64 value cannot be decoded</source>
        <translation>{property}: the BASE64 value cannot be decoded</translation>
    </message>
    <message>
        <source>{property}: the character set {charset} is unknown; read as {encoding}</source>
        <translation>{property}: the character set {charset} is unknown; read as {encoding}</translation>
    </message>
    <message>
        <source>{property}: declared as {charset}, but the bytes are not {charset}; read as {encoding}</source>
        <translation>{property}: declared as {charset}, but the bytes are not {charset}; read as {encoding}</translation>
    </message>
    <message>
        <source>{property}: UTF-8 with invalid bytes, kept as \xNN</source>
        <translation>{property}: UTF-8 with invalid bytes, kept as \xNN</translation>
    </message>
    <message>
        <source>{property}: read as {encoding}</source>
        <translation>{property}: read as {encoding}</translation>
    </message>
    <message>
        <source>larger than {mb} MB; skipped</source>
        <translation>larger than {mb} MB; skipped</translation>
    </message>
    <message>
        <source>a line is longer than {mb} MB; skipped</source>
        <translation>a line is longer than {mb} MB; skipped</translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD without BEGIN:VCARD</translation>
    </message>
    <message>
        <source>{bytes} bytes</source>
        <translation>{bytes} bytes</translation>
    </message>
    <message>
        <source>a line of {length} characters; the most read is {limit}</source>
        <translation>a line of {length} characters; the most read is {limit}</translation>
    </message>
    <message>
        <source>no row of column names</source>
        <translation>no row of column names</translation>
    </message>
    <message>
        <source>the first sheet has no rows</source>
        <translation>the first sheet has no rows</translation>
    </message>
    <message>
        <source>the spreadsheet cannot be read ({error})</source>
        <translation>the spreadsheet cannot be read ({error})</translation>
    </message>
    <message>
        <source>a quote (&quot;) is not closed</source>
        <translation>a quote (&quot;) is not closed</translation>
    </message>
    <message>
        <source>the row breaks the CSV rules ({error})</source>
        <translation>the row breaks the CSV rules ({error})</translation>
    </message>
    <message>
        <source>a quote (&quot;) is not closed: the row runs over {lines} lines and has {cells} cells, the header {header}</source>
        <translation>a quote (&quot;) is not closed: the row runs over {lines} lines and has {cells} cells, the header {header}</translation>
    </message>
    <message>
        <source>contact {id}</source>
        <translation>contact {id}</translation>
    </message>
    <message>
        <source>column “{column}”: {value} read as {number}</source>
        <translation>column “{column}”: {value} read as {number}</translation>
    </message>
    <message>
        <source>column “{column}”: {value}</source>
        <translation>column “{column}”: {value}</translation>
    </message>
    <message>
        <source>the row has {cells} cells, the header {header}</source>
        <translation>the row has {cells} cells, the header {header}</translation>
    </message>
    <message>
        <source>“{column}” is not among the columns {columns}</source>
        <translation>“{column}” is not among the columns {columns}</translation>
    </message>
    <message>
        <source>Western European: German, French, Spanish, Italian, Dutch, Danish …</source>
        <translation>Western European: German, French, Spanish, Italian, Dutch, Danish …</translation>
    </message>
    <message>
        <source>Central European: Polish, Czech, Slovak, Hungarian, Croatian, Slovenian, Romanian</source>
        <translation>Central European: Polish, Czech, Slovak, Hungarian, Croatian, Slovenian, Romanian</translation>
    </message>
    <message>
        <source>Cyrillic: Russian, Ukrainian, Bulgarian, Serbian</source>
        <translation>Cyrillic: Russian, Ukrainian, Bulgarian, Serbian</translation>
    </message>
    <message>
        <source>Baltic: Lithuanian, Latvian, Estonian</source>
        <translation>Baltic: Lithuanian, Latvian, Estonian</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Greek</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <source>UTF-8 (invalid bytes kept as \xNN)</source>
        <translation>UTF-8 (invalid bytes kept as \xNN)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Address books ({patterns});;All files (*)</source>
        <translation>Address books ({patterns});;All files (*)</translation>
    </message>
    <message>
        <source>Import address books</source>
        <translation>Import address books</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message numerus="yes">
        <source>%1 of about %n record(s) read…</source>
        <translation>
            <numerusform>%1 of about %n record read…</numerusform>
            <numerusform>%1 of about %n records read…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in these files belong to people who were erased (GDPR Art. 17):</source>
        <translation>
            <numerusform>%n record in these files belongs to a person who was erased (GDPR Art. 17):</numerusform>
            <numerusform>%n records in these files belong to people who were erased (GDPR Art. 17):</numerusform>
        </translation>
    </message>
    <message>
        <source>Import them anyway? Only do so if the person asked for it or the law requires it; otherwise they stay out of the vault.</source>
        <translation>Import them anyway? Only do so if the person asked for it or the law requires it; otherwise they stay out of the vault.</translation>
    </message>
    <message>
        <source>Erased people</source>
        <translation>Erased people</translation>
    </message>
    <message>
        <source>Import &amp;anyway</source>
        <translation>Import &amp;anyway</translation>
    </message>
    <message>
        <source>Unexpected problem: %1</source>
        <translation>Unexpected problem: %1</translation>
    </message>
    <message>
        <source>Nothing was imported; the vault is as before.</source>
        <translation>Nothing was imported; the vault is as before.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import address books (Ctrl+I)</source>
        <translation>Import address books (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export for a WhatsApp phone (Ctrl+E)</source>
        <translation>Export for a WhatsApp phone (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Prepare a WhatsApp phone…</source>
        <translation>&amp;Prepare a WhatsApp phone…</translation>
    </message>
    <message>
        <source>Secure contacts first, then install: the guided procedure</source>
        <translation>Secure contacts first, then install: the guided procedure</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Add contact…</translation>
    </message>
    <message>
        <source>Add a contact by hand (Ctrl+N)</source>
        <translation>Add a contact by hand (Ctrl+N)</translation>
    </message>
    <message>
        <source>E&amp;dit contact…</source>
        <translation>E&amp;dit contact…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Data-subject requests…</source>
        <translation>&amp;Data-subject requests…</translation>
    </message>
    <message>
        <source>Access, rectification, restriction, objection and erasure for the selected contact (GDPR)</source>
        <translation>Access, rectification, restriction, objection and erasure for the selected contact (GDPR)</translation>
    </message>
    <message>
        <source>Consent from a &amp;WhatsApp chat…</source>
        <translation>Consent from a &amp;WhatsApp chat…</translation>
    </message>
    <message>
        <source>Record the consent events of an exported WhatsApp chat</source>
        <translation>Record the consent events of an exported WhatsApp chat</translation>
    </message>
    <message>
        <source>Erase contacts past the &amp;retention period…</source>
        <translation>Erase contacts past the &amp;retention period…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Check the &amp;audit trail…</source>
        <translation>Check the &amp;audit trail…</translation>
    </message>
    <message>
        <source>Check that no consent, export or removal record was changed</source>
        <translation>Check that no consent, export or removal record was changed</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Lock the vault (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;About contactvault</source>
        <translation>&amp;About contactvault</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Vault</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>WhatsApp phones</source>
        <translation>WhatsApp phones</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <source>Unlocked with the passphrase from the secret store</source>
        <translation>Unlocked with the passphrase from the secret store</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>Exported WhatsApp chat</source>
        <translation>Exported WhatsApp chat</translation>
    </message>
    <message>
        <source>WhatsApp chat exports (*.txt *.zip);;All files (*)</source>
        <translation>WhatsApp chat exports (*.txt *.zip);;All files (*)</translation>
    </message>
    <message>
        <source>WhatsApp status could not be read: %1</source>
        <translation>WhatsApp status could not be read: %1</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>company name</source>
        <translation>company name</translation>
    </message>
    <message>
        <source>company postal address</source>
        <translation>company postal address</translation>
    </message>
    <message>
        <source>contact for data protection questions</source>
        <translation>contact for data protection questions</translation>
    </message>
    <message>
        <source>data protection officer&apos;s name</source>
        <translation>data protection officer&apos;s name</translation>
    </message>
    <message>
        <source>data protection officer&apos;s contact</source>
        <translation>data protection officer&apos;s contact</translation>
    </message>
    <message>
        <source>privacy policy web address</source>
        <translation>privacy policy web address</translation>
    </message>
    <message>
        <source>answer period in days</source>
        <translation>answer period in days</translation>
    </message>
    <message>
        <source>[not set: {setting}]</source>
        <translation>[not set: {setting}]</translation>
    </message>
    <message>
        <source>Information notice</source>
        <translation>Information notice</translation>
    </message>
    <message>
        <source>Revocation confirmation</source>
        <translation>Revocation confirmation</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>strict</translation>
    </message>
    <message>
        <source>for advertising</source>
        <translation>for advertising</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>version {number}</source>
        <translation>version {number}</translation>
    </message>
    <message>
        <source>own wording {code}</source>
        <translation>own wording {code}</translation>
    </message>
    <message>
        <source>{what}, {version} ({language})</source>
        <translation>{what}, {version} ({language})</translation>
    </message>
</context>
<context>
    <name>Outgoing</name>
    <message>
        <source>An export to {path} was interrupted before the file was finished; its temporary file and its record were removed. Export again.</source>
        <translation>An export to {path} was interrupted before the file was finished; its temporary file and its record were removed. Export again.</translation>
    </message>
    <message>
        <source>An export to {path} was interrupted after the file was written; the file and its record are kept and the export is now complete.</source>
        <translation>An export to {path} was interrupted after the file was written; the file and its record are kept and the export is now complete.</translation>
    </message>
    <message>
        <source>A backup to {path} was interrupted; its partial file was removed. Make the backup again.</source>
        <translation>A backup to {path} was interrupted; its partial file was removed. Make the backup again.</translation>
    </message>
    <message>
        <source>A backup to {path} was interrupted after it was written; it is complete and is now recorded.</source>
        <translation>A backup to {path} was interrupted after it was written; it is complete and is now recorded.</translation>
    </message>
    <message>
        <source>Writing {path} was interrupted; its partial file was removed.</source>
        <translation>Writing {path} was interrupted; its partial file was removed.</translation>
    </message>
    <message>
        <source>Writing {path} was interrupted after the file was written; it is complete and is now recorded.</source>
        <translation>Writing {path} was interrupted after the file was written; it is complete and is now recorded.</translation>
    </message>
</context>
<context>
    <name>PhoneFlag</name>
    <message>
        <source>no number given</source>
        <translation>no number given</translation>
    </message>
    <message>
        <source>not readable as a phone number</source>
        <translation>not readable as a phone number</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>not a valid number</translation>
    </message>
    <message>
        <source>contains letters (read as keypad digits)</source>
        <translation>contains letters (read as keypad digits)</translation>
    </message>
    <message>
        <source>contains pause/wait or extension characters (kept in the raw text)</source>
        <translation>contains pause/wait or extension characters (kept in the raw text)</translation>
    </message>
    <message>
        <source>written like a North American number but read in the default region</source>
        <translation>written like a North American number but read in the default region</translation>
    </message>
    <message>
        <source>starts with a country code but has no + or 00 in front</source>
        <translation>starts with a country code but has no + or 00 in front</translation>
    </message>
    <message>
        <source>no country code; the default region was assumed</source>
        <translation>no country code; the default region was assumed</translation>
    </message>
</context>
<context>
    <name>PhoneType</name>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>landline</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>landline or mobile</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>toll-free</translation>
    </message>
    <message>
        <source>premium rate</source>
        <translation>premium rate</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>shared cost</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>personal number</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>pager</translation>
    </message>
    <message>
        <source>company number</source>
        <translation>company number</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>voicemail</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>strict</translation>
    </message>
    <message>
        <source>Standard: explicit consent, or implied consent by conduct once the notice was sent, until the answer period runs out</source>
        <translation>Standard: explicit consent, or implied consent by conduct once the notice was sent, until the answer period runs out</translation>
    </message>
    <message>
        <source>Strict: explicit consent only</source>
        <translation>Strict: explicit consent only</translation>
    </message>
    <message>
        <source>Service communication</source>
        <translation>Service communication</translation>
    </message>
    <message>
        <source>Advertising (explicit consent to advertising only, § 7 UWG)</source>
        <translation>Advertising (explicit consent to advertising only, § 7 UWG)</translation>
    </message>
    <message numerus="yes">
        <source>Implied consent by conduct counts once the notice was sent, until the answer period of %n day(s) runs out without a reply.</source>
        <translation>
            <numerusform>Implied consent by conduct counts once the notice was sent, until the answer period of %n day runs out without a reply.</numerusform>
            <numerusform>Implied consent by conduct counts once the notice was sent, until the answer period of %n days runs out without a reply.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only explicit consent counts.</source>
        <translation>Only explicit consent counts.</translation>
    </message>
    <message>
        <source>Explicit consent counts only if the notice was sent before it or handed over with the request.</source>
        <translation>Explicit consent counts only if the notice was sent before it or handed over with the request.</translation>
    </message>
    <message numerus="yes">
        <source>Consent older than %n month(s) no longer counts.</source>
        <translation>
            <numerusform>Consent older than %n month no longer counts.</numerusform>
            <numerusform>Consent older than %n months no longer counts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purpose: service communication.</source>
        <translation>Purpose: service communication.</translation>
    </message>
    <message>
        <source>Purpose: advertising; only explicit consent to advertising counts (§ 7 UWG).</source>
        <translation>Purpose: advertising; only explicit consent to advertising counts (§ 7 UWG).</translation>
    </message>
    <message>
        <source>The data-protection officer allows contract (GDPR Art. 6(1)(b)) as a legal basis.</source>
        <translation>The data-protection officer allows contract (GDPR Art. 6(1)(b)) as a legal basis.</translation>
    </message>
    <message>
        <source>The data-protection officer allows legitimate interest (GDPR Art. 6(1)(f)) as a legal basis.</source>
        <translation>The data-protection officer allows legitimate interest (GDPR Art. 6(1)(f)) as a legal basis.</translation>
    </message>
    <message>
        <source>Only consent and employees&apos; own business numbers make a number eligible; contract and legitimate interest are recorded, not enough.</source>
        <translation>Only consent and employees&apos; own business numbers make a number eligible; contract and legitimate interest are recorded, not enough.</translation>
    </message>
    <message>
        <source>may be on the WhatsApp phone</source>
        <translation>may be on the WhatsApp phone</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>no consent</translation>
    </message>
    <message>
        <source>consent requested</source>
        <translation>consent requested</translation>
    </message>
    <message>
        <source>consent without the notice</source>
        <translation>consent without the notice</translation>
    </message>
    <message>
        <source>notice not yet sent</source>
        <translation>notice not yet sent</translation>
    </message>
    <message>
        <source>implied consent only</source>
        <translation>implied consent only</translation>
    </message>
    <message>
        <source>legal basis not allowed</source>
        <translation>legal basis not allowed</translation>
    </message>
    <message>
        <source>no consent to advertising</source>
        <translation>no consent to advertising</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>private contact</source>
        <translation>private contact</translation>
    </message>
    <message>
        <source>processing restricted</source>
        <translation>processing restricted</translation>
    </message>
    <message>
        <source>objected</source>
        <translation>objected</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>invalid number</translation>
    </message>
    <message>
        <source>written under another contact</source>
        <translation>written under another contact</translation>
    </message>
    <message>
        <source>consent given on {date}, notice sent on {notice_date}</source>
        <translation>consent given on {date}, notice sent on {notice_date}</translation>
    </message>
    <message>
        <source>consent given on {date} with the notice handed over</source>
        <translation>consent given on {date} with the notice handed over</translation>
    </message>
    <message>
        <source>implied consent by conduct on {date}, notice sent on {notice_date}</source>
        <translation>implied consent by conduct on {date}, notice sent on {notice_date}</translation>
    </message>
    <message>
        <source>employee&apos;s own business number (recorded on {date})</source>
        <translation>employee&apos;s own business number (recorded on {date})</translation>
    </message>
    <message>
        <source>contract (GDPR Art. 6(1)(b)) recorded on {date}, allowed in the settings</source>
        <translation>contract (GDPR Art. 6(1)(b)) recorded on {date}, allowed in the settings</translation>
    </message>
    <message>
        <source>legitimate interest (GDPR Art. 6(1)(f)) recorded on {date}, allowed in the settings</source>
        <translation>legitimate interest (GDPR Art. 6(1)(f)) recorded on {date}, allowed in the settings</translation>
    </message>
    <message>
        <source>processing restricted (GDPR Art. 18) until the restriction is lifted</source>
        <translation>processing restricted (GDPR Art. 18) until the restriction is lifted</translation>
    </message>
    <message>
        <source>objected on {date} (GDPR Art. 21); only a new explicit consent counts</source>
        <translation>objected on {date} (GDPR Art. 21); only a new explicit consent counts</translation>
    </message>
    <message>
        <source>the number is stored for another contact too; it goes onto the phone once, under the contact whose consent allows it</source>
        <translation>the number is stored for another contact too; it goes onto the phone once, under the contact whose consent allows it</translation>
    </message>
    <message>
        <source>consent given on {date} without the information notice: send the notice and record the consent again, or record it with the notice handed over</source>
        <translation>consent given on {date} without the information notice: send the notice and record the consent again, or record it with the notice handed over</translation>
    </message>
    <message>
        <source>consent given on {date} covers service messages, not advertising</source>
        <translation>consent given on {date} covers service messages, not advertising</translation>
    </message>
    <message>
        <source>implied consent by conduct, notice not yet sent</source>
        <translation>implied consent by conduct, notice not yet sent</translation>
    </message>
    <message>
        <source>implied consent by conduct only; the strict policy needs explicit consent</source>
        <translation>implied consent by conduct only; the strict policy needs explicit consent</translation>
    </message>
    <message>
        <source>implied consent by conduct only; advertising needs explicit consent (§ 7 UWG)</source>
        <translation>implied consent by conduct only; advertising needs explicit consent (§ 7 UWG)</translation>
    </message>
    <message>
        <source>contract (GDPR Art. 6(1)(b)) recorded on {date}; not enough under the current settings, which need consent</source>
        <translation>contract (GDPR Art. 6(1)(b)) recorded on {date}; not enough under the current settings, which need consent</translation>
    </message>
    <message>
        <source>legitimate interest (GDPR Art. 6(1)(f)) recorded on {date}; not enough under the current settings, which need consent</source>
        <translation>legitimate interest (GDPR Art. 6(1)(f)) recorded on {date}; not enough under the current settings, which need consent</translation>
    </message>
    <message>
        <source>legal basis recorded on {date} does not cover advertising, which needs explicit consent (§ 7 UWG)</source>
        <translation>legal basis recorded on {date} does not cover advertising, which needs explicit consent (§ 7 UWG)</translation>
    </message>
    <message numerus="yes">
        <source>implied consent by conduct not confirmed within the answer period of %n day(s) from {date}</source>
        <translation>
            <numerusform>implied consent by conduct not confirmed within the answer period of %n day from {date}</numerusform>
            <numerusform>implied consent by conduct not confirmed within the answer period of %n days from {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>no consent recorded</source>
        <translation>no consent recorded</translation>
    </message>
    <message>
        <source>consent requested on {date}, no answer yet</source>
        <translation>consent requested on {date}, no answer yet</translation>
    </message>
    <message>
        <source>revoked on {date}</source>
        <translation>revoked on {date}</translation>
    </message>
    <message>
        <source>consent expired on {date}</source>
        <translation>consent expired on {date}</translation>
    </message>
    <message numerus="yes">
        <source>consent older than %n month(s) (given on {date})</source>
        <translation>
            <numerusform>consent older than %n month (given on {date})</numerusform>
            <numerusform>consent older than %n months (given on {date})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>Phone and starting point</source>
        <translation>Phone and starting point</translation>
    </message>
    <message>
        <source>Export the phone&apos;s contacts</source>
        <translation>Export the phone&apos;s contacts</translation>
    </message>
    <message>
        <source>Import into the vault and compare counts</source>
        <translation>Import into the vault and compare counts</translation>
    </message>
    <message>
        <source>Mark private and business contacts</source>
        <translation>Mark private and business contacts</translation>
    </message>
    <message>
        <source>Clear the phone</source>
        <translation>Clear the phone</translation>
    </message>
    <message>
        <source>Install WhatsApp</source>
        <translation>Install WhatsApp</translation>
    </message>
    <message>
        <source>Transfer the consented contacts</source>
        <translation>Transfer the consented contacts</translation>
    </message>
    <message>
        <source>Done: summary and protocol</source>
        <translation>Done: summary and protocol</translation>
    </message>
    <message>
        <source>New phone (no contacts, no WhatsApp)</source>
        <translation>New phone (no contacts, no WhatsApp)</translation>
    </message>
    <message>
        <source>WhatsApp is already installed on the phone</source>
        <translation>WhatsApp is already installed on the phone</translation>
    </message>
    <message>
        <source>The phone has contacts, WhatsApp is not installed</source>
        <translation>The phone has contacts, WhatsApp is not installed</translation>
    </message>
    <message>
        <source>A: dedicated WhatsApp phone</source>
        <translation>A: dedicated WhatsApp phone</translation>
    </message>
    <message>
        <source>B: selected contacts only</source>
        <translation>B: selected contacts only</translation>
    </message>
    <message>
        <source>C: no address book at all</source>
        <translation>C: no address book at all</translation>
    </message>
    <message>
        <source>Choose the phone and its starting point first.</source>
        <translation>Choose the phone and its starting point first.</translation>
    </message>
    <message>
        <source>Complete the step “{previous}” first.</source>
        <translation>Complete the step “{previous}” first.</translation>
    </message>
    <message>
        <source>This step can only be skipped for a new phone without contacts.</source>
        <translation>This step can only be skipped for a new phone without contacts.</translation>
    </message>
    <message>
        <source>The phone has not been confirmed as cleared. Contacts may only be transferred, and WhatsApp installed, after that.</source>
        <translation>The phone has not been confirmed as cleared. Contacts may only be transferred, and WhatsApp installed, after that.</translation>
    </message>
    <message>
        <source>Record the installation of WhatsApp first.</source>
        <translation>Record the installation of WhatsApp first.</translation>
    </message>
    <message>
        <source>Transfer the consented contacts first.</source>
        <translation>Transfer the consented contacts first.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) with valid consent</source>
        <translation>
            <numerusform>%n number with valid consent</numerusform>
            <numerusform>%n numbers with valid consent</numerusform>
        </translation>
    </message>
    <message>
        <source>Protocol: secure contacts first, then install WhatsApp</source>
        <translation>Protocol: secure contacts first, then install WhatsApp</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>WhatsApp phone</source>
        <translation>WhatsApp phone</translation>
    </message>
    <message>
        <source>Phone&apos;s own number</source>
        <translation>Phone&apos;s own number</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <source>Route taken</source>
        <translation>Route taken</translation>
    </message>
    <message>
        <source>Starting point</source>
        <translation>Starting point</translation>
    </message>
    <message>
        <source>Started at / by</source>
        <translation>Started at / by</translation>
    </message>
    <message>
        <source>Consent policy (current)</source>
        <translation>Consent policy (current)</translation>
    </message>
    <message>
        <source>Threema or Signal instead of WhatsApp</source>
        <translation>Threema or Signal instead of WhatsApp</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Audit trail when printed (entries:hash)</source>
        <translation>Audit trail when printed (entries:hash)</translation>
    </message>
    <message>
        <source>Keep this line. contactvault audit verify --expect with it shows later whether the record was shortened or rewritten since.</source>
        <translation>Keep this line. contactvault audit verify --expect with it shows later whether the record was shortened or rewritten since.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>No departures from the order “secure first, then install”.</source>
        <translation>No departures from the order “secure first, then install”.</translation>
    </message>
    <message>
        <source>WhatsApp already installed (starting point)</source>
        <translation>WhatsApp already installed (starting point)</translation>
    </message>
    <message>
        <source>Nothing has been handed to the phone yet.</source>
        <translation>Nothing has been handed to the phone yet.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>File checksum (SHA-256)</source>
        <translation>File checksum (SHA-256)</translation>
    </message>
    <message>
        <source>Consent policy at export</source>
        <translation>Consent policy at export</translation>
    </message>
    <message>
        <source>Export no. in the vault</source>
        <translation>Export no. in the vault</translation>
    </message>
    <message>
        <source>no expiry periods</source>
        <translation>no expiry periods</translation>
    </message>
    <message>
        <source>purpose: service communication</source>
        <translation>purpose: service communication</translation>
    </message>
    <message>
        <source>purpose: advertising (explicit consent to advertising only)</source>
        <translation>purpose: advertising (explicit consent to advertising only)</translation>
    </message>
    <message>
        <source>only consent and employees&apos; own business numbers count</source>
        <translation>only consent and employees&apos; own business numbers count</translation>
    </message>
    <message>
        <source>contract (Art. 6(1)(b) GDPR) allowed by the data-protection officer</source>
        <translation>contract (Art. 6(1)(b) GDPR) allowed by the data-protection officer</translation>
    </message>
    <message>
        <source>legitimate interest (Art. 6(1)(f) GDPR) allowed by the data-protection officer</source>
        <translation>legitimate interest (Art. 6(1)(f) GDPR) allowed by the data-protection officer</translation>
    </message>
    <message>
        <source>Import into the vault, compare counts</source>
        <translation>Import into the vault, compare counts</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>new phone without contacts and without WhatsApp</source>
        <translation>new phone without contacts and without WhatsApp</translation>
    </message>
    <message>
        <source>WhatsApp was already installed</source>
        <translation>WhatsApp was already installed</translation>
    </message>
    <message>
        <source>phone with contacts, WhatsApp not installed</source>
        <translation>phone with contacts, WhatsApp not installed</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>iOS (iPhone)</source>
        <translation>iOS (iPhone)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>A – dedicated WhatsApp phone: its address book holds only the exported consented contacts</source>
        <translation>A – dedicated WhatsApp phone: its address book holds only the exported consented contacts</translation>
    </message>
    <message>
        <source>B – selected contacts only: WhatsApp may read only contacts picked by hand</source>
        <translation>B – selected contacts only: WhatsApp may read only contacts picked by hand</translation>
    </message>
    <message>
        <source>C – no address book at all: click-to-chat links and QR codes, no contacts on the phone</source>
        <translation>C – no address book at all: click-to-chat links and QR codes, no contacts on the phone</translation>
    </message>
    <message>
        <source>standard (explicit consent, or implied consent by conduct after the notice)</source>
        <translation>standard (explicit consent, or implied consent by conduct after the notice)</translation>
    </message>
    <message>
        <source>CardDAV address book</source>
        <translation>CardDAV address book</translation>
    </message>
    <message numerus="yes">
        <source>answer period for implied consent: %n day(s)</source>
        <translation>
            <numerusform>answer period for implied consent: %n day</numerusform>
            <numerusform>answer period for implied consent: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n export file(s).</source>
        <translation>
            <numerusform>%n export file.</numerusform>
            <numerusform>%n export files.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed: the phone&apos;s contacts were exported to a file on this computer.</source>
        <translation>Confirmed: the phone&apos;s contacts were exported to a file on this computer.</translation>
    </message>
    <message>
        <source>strict (explicit consent only)</source>
        <translation>strict (explicit consent only)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>Responsible at the business</source>
        <translation>Responsible at the business</translation>
    </message>
    <message>
        <source>Responsible for the phone</source>
        <translation>Responsible for the phone</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>Skipped: new phone without contacts.</source>
        <translation>Skipped: new phone without contacts.</translation>
    </message>
    <message>
        <source>Skipped: there was nothing to import.</source>
        <translation>Skipped: there was nothing to import.</translation>
    </message>
    <message>
        <source>Phone cleared (confirmed)</source>
        <translation>Phone cleared (confirmed)</translation>
    </message>
    <message>
        <source>WhatsApp installed</source>
        <translation>WhatsApp installed</translation>
    </message>
    <message>
        <source>Consented contacts transferred</source>
        <translation>Consented contacts transferred</translation>
    </message>
    <message>
        <source>WhatsApp was not installed.</source>
        <translation>WhatsApp was not installed.</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s access to the contacts was revoked.</source>
        <translation>WhatsApp&apos;s access to the contacts was revoked.</translation>
    </message>
    <message>
        <source>The WhatsApp account was deleted.</source>
        <translation>The WhatsApp account was deleted.</translation>
    </message>
    <message>
        <source>The WhatsApp app was removed.</source>
        <translation>The WhatsApp app was removed.</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>WhatsApp Business</source>
        <translation>WhatsApp Business</translation>
    </message>
    <message>
        <source>vCard file</source>
        <translation>vCard file</translation>
    </message>
    <message>
        <source>selection list</source>
        <translation>selection list</translation>
    </message>
    <message>
        <source>links and QR code sheet</source>
        <translation>links and QR code sheet</translation>
    </message>
    <message>
        <source>WhatsApp was already installed while the phone still held other contacts (recorded at {at}). Numbers WhatsApp uploaded in that time cannot be recalled; deleting them later does not undo the upload.</source>
        <translation>WhatsApp was already installed while the phone still held other contacts (recorded at {at}). Numbers WhatsApp uploaded in that time cannot be recalled; deleting them later does not undo the upload.</translation>
    </message>
    <message>
        <source>The phone was cleared again at {at}, after WhatsApp had been installed: it held contacts again that WhatsApp could read.</source>
        <translation>The phone was cleared again at {at}, after WhatsApp had been installed: it held contacts again that WhatsApp could read.</translation>
    </message>
    <message>
        <source>WhatsApp was installed at {at}, before clearing the phone was confirmed.</source>
        <translation>WhatsApp was installed at {at}, before clearing the phone was confirmed.</translation>
    </message>
    <message>
        <source>Contacts were transferred at {at}, before clearing the phone was confirmed.</source>
        <translation>Contacts were transferred at {at}, before clearing the phone was confirmed.</translation>
    </message>
    <message>
        <source>The contacts stayed on the phone (route B, recorded at {at}); WhatsApp may read only the selected ones. A single “allow full access” hands over all of them.</source>
        <translation>The contacts stayed on the phone (route B, recorded at {at}); WhatsApp may read only the selected ones. A single “allow full access” hands over all of them.</translation>
    </message>
    <message>
        <source>The count on the phone differed by {difference} from the exported file (recorded at {at}).</source>
        <translation>The count on the phone differed by {difference} from the exported file (recorded at {at}).</translation>
    </message>
    <message>
        <source>(redone, attempt {attempt})</source>
        <translation>(redone, attempt {attempt})</translation>
    </message>
    <message numerus="yes">
        <source>consent to be reconfirmed after %n month(s)</source>
        <translation>
            <numerusform>consent to be reconfirmed after %n month</numerusform>
            <numerusform>consent to be reconfirmed after %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) still unclassified (recorded at {at}).</source>
        <translation>
            <numerusform>%n contact was still unclassified (recorded at {at}).</numerusform>
            <numerusform>%n contacts were still unclassified (recorded at {at}).</numerusform>
        </translation>
    </message>
    <message>
        <source>not completed yet: step {number} of {total} ({step}) is open</source>
        <translation>not completed yet: step {number} of {total} ({step}) is open</translation>
    </message>
    <message>
        <source>completed on {at} by {actor}</source>
        <translation>completed on {at} by {actor}</translation>
    </message>
    <message>
        <source>Starting point: {starting_point}. Route: {route}.</source>
        <translation>Starting point: {starting_point}. Route: {route}.</translation>
    </message>
    <message>
        <source>Business: {business}, private: {private}, not yet classified: {unclassified}.</source>
        <translation>Business: {business}, private: {private}, not yet classified: {unclassified}.</translation>
    </message>
    <message>
        <source>Installed: {app}.</source>
        <translation>Installed: {app}.</translation>
    </message>
    <message numerus="yes">
        <source>%n consented number(s) handed over ({format}).</source>
        <translation>
            <numerusform>%n consented number handed over ({format}).</numerusform>
            <numerusform>%n consented numbers handed over ({format}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n file imported.</numerusform>
            <numerusform>%n files imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phone showed %n contact(s).</source>
        <translation>
            <numerusform>The phone showed %n contact.</numerusform>
            <numerusform>The phone showed %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read: %n record(s); {imported} new, {merged} merged into an existing contact (duplicates), {unchanged} already in the vault, {skipped} unreadable. Contacts in the vault afterwards: {vault_contacts}.</source>
        <translation>
            <numerusform>Read: %n record; {imported} new, {merged} merged into an existing contact (duplicates), {unchanged} already in the vault, {skipped} unreadable. Contacts in the vault afterwards: {vault_contacts}.</numerusform>
            <numerusform>Read: %n records; {imported} new, {merged} merged into an existing contact (duplicates), {unchanged} already in the vault, {skipped} unreadable. Contacts in the vault afterwards: {vault_contacts}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Difference between phone and file: {difference}.</source>
        <translation>Difference between phone and file: {difference}.</translation>
    </message>
    <message>
        <source>The contacts were deleted from the phone.</source>
        <translation>The contacts were deleted from the phone.</translation>
    </message>
    <message>
        <source>The contacts were not deleted from the phone.</source>
        <translation>The contacts were not deleted from the phone.</translation>
    </message>
    <message>
        <source>WhatsApp may read selected contacts only (route B).</source>
        <translation>WhatsApp may read selected contacts only (route B).</translation>
    </message>
    <message>
        <source>The cloud account the phone syncs contacts with was checked or cleared.</source>
        <translation>The cloud account the phone syncs contacts with was checked or cleared.</translation>
    </message>
    <message>
        <source>The cloud account was not checked.</source>
        <translation>The cloud account was not checked.</translation>
    </message>
    <message>
        <source>Confirmed: the transferred contacts are on the phone.</source>
        <translation>Confirmed: the transferred contacts are on the phone.</translation>
    </message>
    <message>
        <source>Not confirmed that the contacts are on the phone.</source>
        <translation>Not confirmed that the contacts are on the phone.</translation>
    </message>
    <message numerus="yes">
        <source>The phone shows %n contact(s); transferred: {transferred}.</source>
        <translation>
            <numerusform>The phone shows %n contact; transferred: {transferred}.</numerusform>
            <numerusform>The phone shows %n contacts; transferred: {transferred}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path} holds %n name(s) and number(s) and is not encrypted. Print it or use it, then delete it.</source>
        <translation>
            <numerusform>{path} holds %n name and number and is not encrypted. Print it or use it, then delete it.</numerusform>
            <numerusform>{path} holds %n names and numbers and is not encrypted. Print it or use it, then delete it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more number(s)</source>
        <translation>
            <numerusform>and %n more number</numerusform>
            <numerusform>and %n more numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not completed: the end was confirmed, but %n number(s) must still be deleted from the phone</source>
        <translation>
            <numerusform>not completed: the end was confirmed, but %n number must still be deleted from the phone</numerusform>
            <numerusform>not completed: the end was confirmed, but %n numbers must still be deleted from the phone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcedureClassifyPage</name>
    <message numerus="yes">
        <source>%n of %1 contact(s) not yet classified.</source>
        <translation>
            <numerusform>%n of %1 contacts is not yet classified.</numerusform>
            <numerusform>%n of %1 contacts are not yet classified.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select contacts first.</source>
        <translation>Select contacts first.</translation>
    </message>
    <message>
        <source>Unclassified contacts</source>
        <translation>Unclassified contacts</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are not classified yet. They stay in the vault; only numbers with consent ever go to the phone. Continue?</source>
        <translation>
            <numerusform>%n contact is not classified yet. It stays in the vault; only numbers with consent ever go to the phone. Continue?</numerusform>
            <numerusform>%n contacts are not classified yet. They stay in the vault; only numbers with consent ever go to the phone. Continue?</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts and their categories</source>
        <translation>Contacts and their categories</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Select &amp;unclassified</source>
        <translation>Select &amp;unclassified</translation>
    </message>
    <message>
        <source>Set for &amp;selected</source>
        <translation>Set for &amp;selected</translation>
    </message>
</context>
<context>
    <name>ProcedureClearPage</name>
    <message>
        <source>WhatsApp was not installed</source>
        <translation>WhatsApp was not installed</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s access to the contacts was revoked</source>
        <translation>WhatsApp&apos;s access to the contacts was revoked</translation>
    </message>
    <message>
        <source>The WhatsApp account was deleted</source>
        <translation>The WhatsApp account was deleted</translation>
    </message>
    <message>
        <source>The WhatsApp app was removed</source>
        <translation>The WhatsApp app was removed</translation>
    </message>
    <message>
        <source>&amp;WhatsApp on this phone:</source>
        <translation>&amp;WhatsApp on this phone:</translation>
    </message>
    <message>
        <source>All contacts are deleted from the phone (every account, the SIM card).</source>
        <translation>All contacts are deleted from the phone (every account, the SIM card).</translation>
    </message>
    <message>
        <source>Route B: WhatsApp may read selected contacts only.</source>
        <translation>Route B: WhatsApp may read selected contacts only.</translation>
    </message>
    <message>
        <source>The cloud account the phone syncs contacts with is checked: nothing comes back.</source>
        <translation>The cloud account the phone syncs contacts with is checked: nothing comes back.</translation>
    </message>
</context>
<context>
    <name>ProcedureDonePage</name>
    <message numerus="yes">
        <source>The procedure is not complete while %n number(s) must still be deleted from this phone: %1. Delete them on the phone and confirm each under “WhatsApp phones”; then finish here.</source>
        <translation>
            <numerusform>The procedure is not complete while %n number must still be deleted from this phone: %1. Delete it on the phone and confirm it under “WhatsApp phones”; then finish here.</numerusform>
            <numerusform>The procedure is not complete while %n numbers must still be deleted from this phone: %1. Delete them on the phone and confirm each under “WhatsApp phones”; then finish here.</numerusform>
        </translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>protocol</translation>
    </message>
    <message>
        <source>Save the protocol</source>
        <translation>Save the protocol</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;HTML documents (*.html)</source>
        <translation>PDF documents (*.pdf);;HTML documents (*.html)</translation>
    </message>
    <message>
        <source>Protocol saved: %1</source>
        <translation>Protocol saved: %1</translation>
    </message>
    <message>
        <source>Summary of the procedure</source>
        <translation>Summary of the procedure</translation>
    </message>
    <message>
        <source>The transferred contacts are on the phone.</source>
        <translation>The transferred contacts are on the phone.</translation>
    </message>
    <message>
        <source>Contacts the phone &amp;shows now:</source>
        <translation>Contacts the phone &amp;shows now:</translation>
    </message>
    <message>
        <source>Save the &amp;protocol as PDF…</source>
        <translation>Save the &amp;protocol as PDF…</translation>
    </message>
    <message>
        <source>Progress of the protocol</source>
        <translation>Progress of the protocol</translation>
    </message>
</context>
<context>
    <name>ProcedureExportPhonePage</name>
    <message>
        <source>All contacts of the phone are exported and the file is on this computer.</source>
        <translation>All contacts of the phone are exported and the file is on this computer.</translation>
    </message>
    <message>
        <source>Skip: this is a new phone without contacts.</source>
        <translation>Skip: this is a new phone without contacts.</translation>
    </message>
</context>
<context>
    <name>ProcedureImportPage</name>
    <message>
        <source>Nothing to import: &amp;continue</source>
        <translation>Nothing to import: &amp;continue</translation>
    </message>
    <message>
        <source>&amp;Import and compare</source>
        <translation>&amp;Import and compare</translation>
    </message>
    <message>
        <source>Exported contacts</source>
        <translation>Exported contacts</translation>
    </message>
    <message>
        <source>Address books (*.vcf *.vcard *.csv);;All files (*)</source>
        <translation>Address books (*.vcf *.vcard *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the exported file first.</source>
        <translation>Choose the exported file first.</translation>
    </message>
    <message>
        <source>The import was cancelled; the step was not recorded.</source>
        <translation>The import was cancelled; the step was not recorded.</translation>
    </message>
    <message numerus="yes">
        <source>The phone shows %1; the file held %n record(s): %2 new, %3 merged with an existing contact (duplicates), %4 already in the vault, %5 unreadable.</source>
        <translation>
            <numerusform>The phone shows %1; the file held %n record: %2 new, %3 merged with an existing contact (duplicates), %4 already in the vault, %5 unreadable.</numerusform>
            <numerusform>The phone shows %1; the file held %n records: %2 new, %3 merged with an existing contact (duplicates), %4 already in the vault, %5 unreadable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) differ between phone and file. Usually an account (SIM, company account) was left out of the export: export again before clearing the phone.</source>
        <translation>
            <numerusform>%n contact differs between phone and file. Usually an account (SIM, company account) was left out of the export: export again before clearing the phone.</numerusform>
            <numerusform>%n contacts differ between phone and file. Usually an account (SIM, company account) was left out of the export: export again before clearing the phone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported files</source>
        <translation>Exported files</translation>
    </message>
    <message>
        <source>&amp;Choose files…</source>
        <translation>&amp;Choose files…</translation>
    </message>
    <message>
        <source>Number of contacts the phone &amp;shows:</source>
        <translation>Number of contacts the phone &amp;shows:</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
</context>
<context>
    <name>ProcedureInstallPage</name>
    <message>
        <source>WhatsApp is installed on the cleared phone.</source>
        <translation>WhatsApp is installed on the cleared phone.</translation>
    </message>
</context>
<context>
    <name>ProcedureProfilePage</name>
    <message>
        <source>iOS (iPhone)</source>
        <translation>iOS (iPhone)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>New phone profile…</source>
        <translation>New phone profile…</translation>
    </message>
    <message>
        <source>&amp;WhatsApp phone:</source>
        <translation>&amp;WhatsApp phone:</translation>
    </message>
    <message>
        <source>WhatsApp phone</source>
        <translation>WhatsApp phone</translation>
    </message>
    <message>
        <source>New phone profile</source>
        <translation>New phone profile</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>for example &quot;Workshop phone&quot;</source>
        <translation>for example &quot;Workshop phone&quot;</translation>
    </message>
    <message>
        <source>Person &amp;responsible:</source>
        <translation>Person &amp;responsible:</translation>
    </message>
    <message>
        <source>The phone&apos;s own n&amp;umber:</source>
        <translation>The phone&apos;s own n&amp;umber:</translation>
    </message>
    <message>
        <source>&amp;Operating system:</source>
        <translation>&amp;Operating system:</translation>
    </message>
    <message>
        <source>Starting point</source>
        <translation>Starting point</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>What the chosen route means</source>
        <translation>What the chosen route means</translation>
    </message>
    <message>
        <source>Start the procedure again for this phone (the earlier run stays in the record)</source>
        <translation>Start the procedure again for this phone (the earlier run stays in the record)</translation>
    </message>
</context>
<context>
    <name>ProcedureStepPage</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>Recorded (%1) on %2 by %3.</source>
        <translation>Recorded (%1) on %2 by %3.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n time(s); all records are kept.</source>
        <translation>
            <numerusform>Recorded %n time; all records are kept.</numerusform>
            <numerusform>Recorded %n times; all records are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected problem: %1</source>
        <translation>Unexpected problem: %1</translation>
    </message>
    <message>
        <source>Instructions for this step</source>
        <translation>Instructions for this step</translation>
    </message>
    <message>
        <source>Record this step &amp;again (the earlier record is kept)</source>
        <translation>Record this step &amp;again (the earlier record is kept)</translation>
    </message>
</context>
<context>
    <name>ProcedureTransferPage</name>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard files (*.vcf)</translation>
    </message>
    <message>
        <source>selection-list</source>
        <translation>selection-list</translation>
    </message>
    <message>
        <source>whatsapp-links</source>
        <translation>whatsapp-links</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;HTML documents (*.html)</source>
        <translation>PDF documents (*.pdf);;HTML documents (*.html)</translation>
    </message>
    <message>
        <source>File for the WhatsApp phone</source>
        <translation>File for the WhatsApp phone</translation>
    </message>
    <message>
        <source>Writing the file for the phone…</source>
        <translation>Writing the file for the phone…</translation>
    </message>
    <message numerus="yes">
        <source>%n consented number(s) written to %1.</source>
        <translation>
            <numerusform>%n consented number written to %1.</numerusform>
            <numerusform>%n consented numbers written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>&amp;Create the file for the phone…</source>
        <translation>&amp;Create the file for the phone…</translation>
    </message>
    <message>
        <source>Progress of the transfer</source>
        <translation>Progress of the transfer</translation>
    </message>
</context>
<context>
    <name>ProcedureWizard</name>
    <message>
        <source>Prepare a WhatsApp phone: secure contacts first, then install</source>
        <translation>Prepare a WhatsApp phone: secure contacts first, then install</translation>
    </message>
    <message>
        <source>Close, continue later</source>
        <translation>Close, continue later</translation>
    </message>
    <message>
        <source>The wizard closes as soon as the running work has finished.</source>
        <translation>The wizard closes as soon as the running work has finished.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>The contacts are read and stored in the vault. Cancel leaves the vault as it was before.</source>
        <translation>The contacts are read and stored in the vault. Cancel leaves the vault as it was before.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Reading the files…</translation>
    </message>
</context>
<context>
    <name>ProtocolRow</name>
    <message>
        <source>Save the &amp;protocol as PDF…</source>
        <translation>Save the &amp;protocol as PDF…</translation>
    </message>
    <message>
        <source>The protocol of this phone&apos;s procedure, to print and sign: at any time, with the state it has reached.</source>
        <translation>The protocol of this phone&apos;s procedure, to print and sign: at any time, with the state it has reached.</translation>
    </message>
    <message>
        <source>Procedure “secure contacts first, then install”: not begun yet.</source>
        <translation>Procedure “secure contacts first, then install”: not begun yet.</translation>
    </message>
    <message>
        <source>Procedure: %1.</source>
        <translation>Procedure: %1.</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>protocol</translation>
    </message>
    <message>
        <source>Save the protocol</source>
        <translation>Save the protocol</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;HTML documents (*.html)</source>
        <translation>PDF documents (*.pdf);;HTML documents (*.html)</translation>
    </message>
    <message>
        <source>Writing the protocol…</source>
        <translation>Writing the protocol…</translation>
    </message>
    <message>
        <source>Protocol saved: %1</source>
        <translation>Protocol saved: %1</translation>
    </message>
    <message>
        <source>Unexpected problem: %1</source>
        <translation>Unexpected problem: %1</translation>
    </message>
</context>
<context>
    <name>PublishAtOnce</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Published to %1 at once: removed from the server, the phone syncs itself.</source>
        <translation>Published to %1 at once: removed from the server, the phone syncs itself.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>{company} · printed on {time} by {actor}</source>
        <translation>{company} · printed on {time} by {actor}</translation>
    </message>
    <message>
        <source>Audit trail head at printing: {head} (check it later with &apos;contactvault audit verify --expect {head}&apos;)</source>
        <translation>Audit trail head at printing: {head} (check it later with &apos;contactvault audit verify --expect {head}&apos;)</translation>
    </message>
    <message>
        <source>Template: {version}</source>
        <translation>Template: {version}</translation>
    </message>
    <message>
        <source>Consent policy in force: {policy}</source>
        <translation>Consent policy in force: {policy}</translation>
    </message>
    <message>
        <source>Consent register</source>
        <translation>Consent register</translation>
    </message>
    <message>
        <source>Record of processing activities (GDPR Art. 30): WhatsApp communication with customers</source>
        <translation>Record of processing activities (GDPR Art. 30): WhatsApp communication with customers</translation>
    </message>
    <message>
        <source>Lost or stolen WhatsApp phone: {device}</source>
        <translation>Lost or stolen WhatsApp phone: {device}</translation>
    </message>
    <message>
        <source>Rules for employees: WhatsApp</source>
        <translation>Rules for employees: WhatsApp</translation>
    </message>
    <message>
        <source>Proof for the number {number}</source>
        <translation>Proof for the number {number}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Notice version</source>
        <translation>Notice version</translation>
    </message>
    <message>
        <source>On phones</source>
        <translation>On phones</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Examined whether Threema or Signal can be used instead of WhatsApp: yes. Result: {answer}</source>
        <translation>Examined whether Threema or Signal can be used instead of WhatsApp: yes. Result: {answer}</translation>
    </message>
    <message>
        <source>Whether Threema or Signal can be used instead of WhatsApp has not been examined yet (Settings, “Examined whether Threema or Signal can be used instead of WhatsApp”).</source>
        <translation>Whether Threema or Signal can be used instead of WhatsApp has not been examined yet (Settings, “Examined whether Threema or Signal can be used instead of WhatsApp”).</translation>
    </message>
    <message>
        <source>no result recorded</source>
        <translation>no result recorded</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n number</numerusform>
            <numerusform>%n numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>(not set in the settings)</source>
        <translation>(not set in the settings)</translation>
    </message>
    <message>
        <source>none appointed</source>
        <translation>none appointed</translation>
    </message>
    <message>
        <source>On the phone since</source>
        <translation>On the phone since</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation>Audit entry</translation>
    </message>
    <message>
        <source>Exported to {device} ({format}), shown as &apos;{name}&apos;</source>
        <translation>Exported to {device} ({format}), shown as &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Removal from {device} confirmed</source>
        <translation>Removal from {device} confirmed</translation>
    </message>
    <message>
        <source>Notice sent: {version}, SHA-256 of its wording {digest}</source>
        <translation>Notice sent: {version}, SHA-256 of its wording {digest}</translation>
    </message>
    <message>
        <source>First message from the customer (implied consent by conduct)</source>
        <translation>First message from the customer (implied consent by conduct)</translation>
    </message>
    <message>
        <source>Today&apos;s decision for {name}: {status} — {reason}</source>
        <translation>Today&apos;s decision for {name}: {status} — {reason}</translation>
    </message>
    <message>
        <source>Everything recorded about this number, oldest first</source>
        <translation>Everything recorded about this number, oldest first</translation>
    </message>
    <message>
        <source>What the phone held (by the exports, minus confirmed removals)</source>
        <translation>What the phone held (by the exports, minus confirmed removals)</translation>
    </message>
    <message>
        <source>Audit trail head</source>
        <translation>Audit trail head</translation>
    </message>
    <message>
        <source>Consent policy in force</source>
        <translation>Consent policy in force</translation>
    </message>
</context>
<context>
    <name>Request</name>
    <message>
        <source>Information under GDPR Art. 15</source>
        <translation>Information under GDPR Art. 15</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Stored since</source>
        <translation>Stored since</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Processing restricted since</source>
        <translation>Processing restricted since</translation>
    </message>
    <message>
        <source>Contact id</source>
        <translation>Contact id</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>As stored</source>
        <translation>As stored</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status today</source>
        <translation>Status today</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Legal basis, purpose, channel</source>
        <translation>Legal basis, purpose, channel</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Recorded by, at</source>
        <translation>Recorded by, at</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>WhatsApp phone</source>
        <translation>WhatsApp phone</translation>
    </message>
    <message>
        <source>Name on the phone</source>
        <translation>Name on the phone</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>File, line, format</source>
        <translation>File, line, format</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Original record</source>
        <translation>Original record</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>notice handed over with the request</source>
        <translation>notice handed over with the request</translation>
    </message>
    <message>
        <source>WhatsApp (WhatsApp Ireland Ltd., part of Meta) may hold your number {numbers} since {date}, when it was first put on a WhatsApp phone ({device}): WhatsApp uploads the phone&apos;s address book to its servers, and such an upload cannot be recalled.</source>
        <translation>WhatsApp (WhatsApp Ireland Ltd., part of Meta) may hold your number {numbers} since {date}, when it was first put on a WhatsApp phone ({device}): WhatsApp uploads the phone&apos;s address book to its servers, and such an upload cannot be recalled.</translation>
    </message>
    <message>
        <source>None of your numbers was ever put on a WhatsApp phone by us; WhatsApp has not received them from us.</source>
        <translation>None of your numbers was ever put on a WhatsApp phone by us; WhatsApp has not received them from us.</translation>
    </message>
    <message>
        <source>removed on {date} by {actor}</source>
        <translation>removed on {date} by {actor}</translation>
    </message>
    <message>
        <source>still on the phone</source>
        <translation>still on the phone</translation>
    </message>
    <message>
        <source>Information about the data we hold about you (GDPR Art. 15)</source>
        <translation>Information about the data we hold about you (GDPR Art. 15)</translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message>
        <source>Data-subject requests – %1</source>
        <translation>Data-subject requests – %1</translation>
    </message>
    <message>
        <source>What the person asked for under the GDPR. Each action is recorded in the audit trail.</source>
        <translation>What the person asked for under the GDPR. Each action is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Access (Art. 15)</source>
        <translation>Access (Art. 15)</translation>
    </message>
    <message>
        <source>Everything stored about the person, as PDF or JSON.</source>
        <translation>Everything stored about the person, as PDF or JSON.</translation>
    </message>
    <message>
        <source>&amp;Save information…</source>
        <translation>&amp;Save information…</translation>
    </message>
    <message>
        <source>Rectification (Art. 16)</source>
        <translation>Rectification (Art. 16)</translation>
    </message>
    <message>
        <source>the correct number</source>
        <translation>the correct number</translation>
    </message>
    <message>
        <source>why (optional)</source>
        <translation>why (optional)</translation>
    </message>
    <message>
        <source>&amp;Correct number</source>
        <translation>&amp;Correct number</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>Correct number:</source>
        <translation>Correct number:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Restriction (Art. 18) and objection (Art. 21)</source>
        <translation>Restriction (Art. 18) and objection (Art. 21)</translation>
    </message>
    <message>
        <source>what the person said, and where</source>
        <translation>what the person said, and where</translation>
    </message>
    <message>
        <source>Record &amp;objection</source>
        <translation>Record &amp;objection</translation>
    </message>
    <message>
        <source>Revokes the consent of the number chosen above; a later implied consent by conduct no longer counts</source>
        <translation>Revokes the consent of the number chosen above; a later implied consent by conduct no longer counts</translation>
    </message>
    <message>
        <source>Erasure (Art. 17)</source>
        <translation>Erasure (Art. 17)</translation>
    </message>
    <message>
        <source>Removes the person&apos;s data for good; keeps only that an erasure happened and a keyed hash of each number.</source>
        <translation>Removes the person&apos;s data for good; keeps only that an erasure happened and a keyed hash of each number.</translation>
    </message>
    <message>
        <source>&amp;Erase person…</source>
        <translation>&amp;Erase person…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Processing is restricted since %1: the contact stays off every WhatsApp phone.</source>
        <translation>Processing is restricted since %1: the contact stays off every WhatsApp phone.</translation>
    </message>
    <message>
        <source>&amp;Lift restriction</source>
        <translation>&amp;Lift restriction</translation>
    </message>
    <message>
        <source>Processing is not restricted.</source>
        <translation>Processing is not restricted.</translation>
    </message>
    <message>
        <source>&amp;Restrict processing</source>
        <translation>&amp;Restrict processing</translation>
    </message>
    <message>
        <source>Save information</source>
        <translation>Save information</translation>
    </message>
    <message>
        <source>Information %1.pdf</source>
        <translation>Information %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1. The file holds the person&apos;s data unencrypted: hand it over securely and delete it afterwards.</source>
        <translation>Saved to %1. The file holds the person&apos;s data unencrypted: hand it over securely and delete it afterwards.</translation>
    </message>
    <message>
        <source>Enter the correct number.</source>
        <translation>Enter the correct number.</translation>
    </message>
    <message>
        <source>Corrected %1 to %2; the old number is kept in the history. Consent must be recorded for the new number.</source>
        <translation>Corrected %1 to %2; the old number is kept in the history. Consent must be recorded for the new number.</translation>
    </message>
    <message>
        <source>Restriction lifted.</source>
        <translation>Restriction lifted.</translation>
    </message>
    <message>
        <source>Processing restricted. Numbers already on a WhatsApp phone are on its removal list.</source>
        <translation>Processing restricted. Numbers already on a WhatsApp phone are on its removal list.</translation>
    </message>
    <message>
        <source>Objection recorded for %1: consent revoked; a later implied consent no longer counts.</source>
        <translation>Objection recorded for %1: consent revoked; a later implied consent no longer counts.</translation>
    </message>
    <message>
        <source>Erase %1 for good? The contact, its numbers (%2), the consent history with its evidence, the texts sent and the original records are deleted. Only that an erasure happened and a keyed hash of each number are kept.</source>
        <translation>Erase %1 for good? The contact, its numbers (%2), the consent history with its evidence, the texts sent and the original records are deleted. Only that an erasure happened and a keyed hash of each number are kept.</translation>
    </message>
    <message>
        <source>WhatsApp phones that received a number: %1</source>
        <translation>WhatsApp phones that received a number: %1</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Erase person</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Erase</translation>
    </message>
    <message>
        <source>%1 was erased (erasure %2).</source>
        <translation>%1 was erased (erasure %2).</translation>
    </message>
    <message>
        <source>Delete now from the phones (afterwards the removal lists show these entries only as erased):</source>
        <translation>Delete now from the phones (afterwards the removal lists show these entries only as erased):</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) made before still hold the data:</source>
        <translation>
            <numerusform>%n backup made before still holds the data:</numerusform>
            <numerusform>%n backups made before still hold the data:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>New contacts imported: %1
Merged into existing contacts: %2
Already in the vault (unchanged): %3
Skipped (could not be read): %4
Numbers kept but flagged as invalid or doubtful: %5
Files that could not be read: %6</source>
        <translation>New contacts imported: %1
Merged into existing contacts: %2
Already in the vault (unchanged): %3
Skipped (could not be read): %4
Numbers kept but flagged as invalid or doubtful: %5
Files that could not be read: %6</translation>
    </message>
</context>
<context>
    <name>RetentionReview</name>
    <message>
        <source>Retention period</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>No contact is past the retention period.</source>
        <translation>No contact is past the retention period.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more contact(s)</source>
        <translation>
            <numerusform>… and %n more contact</numerusform>
            <numerusform>… and %n more contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) had no activity for the retention period:</source>
        <translation>
            <numerusform>%n contact had no activity for the retention period:</numerusform>
            <numerusform>%n contacts had no activity for the retention period:</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase all of them for good?</source>
        <translation>Erase all of them for good?</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Erase</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) erased.</source>
        <translation>
            <numerusform>%n contact erased.</numerusform>
            <numerusform>%n contacts erased.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) must be deleted from WhatsApp phones; see their removal lists.</source>
        <translation>
            <numerusform>%n entry must be deleted from WhatsApp phones; see their removal lists.</numerusform>
            <numerusform>%n entries must be deleted from WhatsApp phones; see their removal lists.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Why allowed</source>
        <translation>Why allowed</translation>
    </message>
    <message>
        <source>Also stored for</source>
        <translation>Also stored for</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Why not</translation>
    </message>
    <message>
        <source>Goes onto the phone (%1)</source>
        <translation>Goes onto the phone (%1)</translation>
    </message>
    <message>
        <source>Stays off the phone (%1)</source>
        <translation>Stays off the phone (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) %1 go onto &quot;%2&quot; (%3).</source>
        <translation>
            <numerusform>%n number %1 goes onto &quot;%2&quot; (%3).</numerusform>
            <numerusform>%n numbers %1 go onto &quot;%2&quot; (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n contact(s)</source>
        <translation>
            <numerusform>of %n contact</numerusform>
            <numerusform>of %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allowed number(s) are on the phone already.</source>
        <translation>
            <numerusform>%n allowed number is on the phone already.</numerusform>
            <numerusform>%n allowed numbers are on the phone already.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing new to put onto the phone. Numbers that must come off it are listed under &quot;WhatsApp phones&quot;; you can close this assistant.</source>
        <translation>There is nothing new to put onto the phone. Numbers that must come off it are listed under &quot;WhatsApp phones&quot;; you can close this assistant.</translation>
    </message>
    <message>
        <source>Policy in force: %1</source>
        <translation>Policy in force: %1</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <source>Sent – record it</source>
        <translation>Sent – record it</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Copied to the clipboard again.</source>
        <translation>Copied to the clipboard again.</translation>
    </message>
    <message>
        <source>Was it sent?</source>
        <translation>Was it sent?</translation>
    </message>
    <message>
        <source>The text on the clipboard</source>
        <translation>The text on the clipboard</translation>
    </message>
    <message>
        <source>Copy &amp;again</source>
        <translation>Copy &amp;again</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Sent on:</translation>
    </message>
    <message>
        <source>Date and time it was sent</source>
        <translation>Date and time it was sent</translation>
    </message>
</context>
<context>
    <name>Serving</name>
    <message>
        <source>Last fetched: {time} (current state)</source>
        <translation>Last fetched: {time} (current state)</translation>
    </message>
    <message>
        <source>Last fetched: {time} (older state: the phone has not yet fetched the publish of {changed})</source>
        <translation>Last fetched: {time} (older state: the phone has not yet fetched the publish of {changed})</translation>
    </message>
    <message>
        <source>Never fetched: the phone has not yet read its address book on this PC&apos;s server.</source>
        <translation>Never fetched: the phone has not yet read its address book on this PC&apos;s server.</translation>
    </message>
    <message>
        <source>Whether the phone fetched its address book is not known: it is on another CardDAV server, which does not tell.</source>
        <translation>Whether the phone fetched its address book is not known: it is on another CardDAV server, which does not tell.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>(no company name yet)</source>
        <translation>(no company name yet)</translation>
    </message>
    <message>
        <source>no data-protection officer appointed</source>
        <translation>no data-protection officer appointed</translation>
    </message>
    <message>
        <source>data-protection officer: %1</source>
        <translation>data-protection officer: %1</translation>
    </message>
    <message>
        <source>data-protection officer not entered yet</source>
        <translation>data-protection officer not entered yet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language is used from the next start of contactvault.</source>
        <translation>The new language is used from the next start of contactvault.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Numbers and consent</source>
        <translation>Numbers and consent</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>Default &amp;region:</translation>
    </message>
    <message>
        <source>Default region for numbers without country code</source>
        <translation>Default region for numbers without country code</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>&amp;Policy:</translation>
    </message>
    <message>
        <source>Consent policy</source>
        <translation>Consent policy</translation>
    </message>
    <message>
        <source>Re-&amp;confirm consent after:</source>
        <translation>Re-&amp;confirm consent after:</translation>
    </message>
    <message>
        <source>Re-confirm consent after months</source>
        <translation>Re-confirm consent after months</translation>
    </message>
    <message>
        <source>&amp;Answer period for implied consent:</source>
        <translation>&amp;Answer period for implied consent:</translation>
    </message>
    <message>
        <source>Answer period for implied consent in days</source>
        <translation>Answer period for implied consent in days</translation>
    </message>
    <message>
        <source>Implied consent by conduct (the customer wrote first) stops counting when the customer has not confirmed it this many days after the notice.</source>
        <translation>Implied consent by conduct (the customer wrote first) stops counting when the customer has not confirmed it this many days after the notice.</translation>
    </message>
    <message>
        <source>P&amp;urpose of the WhatsApp phones:</source>
        <translation>P&amp;urpose of the WhatsApp phones:</translation>
    </message>
    <message>
        <source>Purpose of the WhatsApp phones</source>
        <translation>Purpose of the WhatsApp phones</translation>
    </message>
    <message>
        <source>A contract (GDPR Art. 6(1)(b)) makes a number &amp;eligible</source>
        <translation>A contract (GDPR Art. 6(1)(b)) makes a number &amp;eligible</translation>
    </message>
    <message>
        <source>Legitimate &amp;interest (GDPR Art. 6(1)(f)) makes a number eligible</source>
        <translation>Legitimate &amp;interest (GDPR Art. 6(1)(f)) makes a number eligible</translation>
    </message>
    <message>
        <source>Your business (for the information notice and the documents)</source>
        <translation>Your business (for the information notice and the documents)</translation>
    </message>
    <message>
        <source>Edit the &amp;business&apos;s details…</source>
        <translation>Edit the &amp;business&apos;s details…</translation>
    </message>
    <message>
        <source>Examined whether Threema or Signal can be used &amp;instead of WhatsApp</source>
        <translation>Examined whether Threema or Signal can be used &amp;instead of WhatsApp</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>Res&amp;ult:</translation>
    </message>
    <message>
        <source>Result of examining Threema or Signal</source>
        <translation>Result of examining Threema or Signal</translation>
    </message>
    <message>
        <source>e.g. why WhatsApp is still needed (for the record of processing)</source>
        <translation>e.g. why WhatsApp is still needed (for the record of processing)</translation>
    </message>
    <message>
        <source>Only the data-protection officer should switch this on. Off: only consent and employees&apos; own business numbers count.</source>
        <translation>Only the data-protection officer should switch this on. Off: only consent and employees&apos; own business numbers count.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>&amp;Lock when idle after:</source>
        <translation>&amp;Lock when idle after:</translation>
    </message>
    <message>
        <source>Lock when idle after minutes</source>
        <translation>Lock when idle after minutes</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>Language of the application</source>
        <translation>Language of the application</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <source>The vault is locked</source>
        <translation>The vault is locked</translation>
    </message>
    <message>
        <source>Your contacts are stored encrypted. Enter the passphrase to open them.</source>
        <translation>Your contacts are stored encrypted. Enter the passphrase to open them.</translation>
    </message>
    <message>
        <source>Welcome to contactvault</source>
        <translation>Welcome to contactvault</translation>
    </message>
    <message>
        <source>There is no vault here yet. Create one to keep your business contacts encrypted; afterwards you can import a phone&apos;s address book.</source>
        <translation>There is no vault here yet. Create one to keep your business contacts encrypted; afterwards you can import a phone&apos;s address book.</translation>
    </message>
    <message>
        <source>This computer offers no secret store (GNOME Keyring or KWallet, the macOS Keychain, the Windows Credential Manager): the passphrase cannot be remembered and is asked for at every start.</source>
        <translation>This computer offers no secret store (GNOME Keyring or KWallet, the macOS Keychain, the Windows Credential Manager): the passphrase cannot be remembered and is asked for at every start.</translation>
    </message>
    <message>
        <source>Please enter the passphrase.</source>
        <translation>Please enter the passphrase.</translation>
    </message>
    <message>
        <source>Passphrase not remembered</source>
        <translation>Passphrase not remembered</translation>
    </message>
    <message>
        <source>No passphrase is remembered for this vault.</source>
        <translation>No passphrase is remembered for this vault.</translation>
    </message>
    <message>
        <source>The passphrase remembered in the secret store does not open this vault (was it changed?). Please enter it.</source>
        <translation>The passphrase remembered in the secret store does not open this vault (was it changed?). Please enter it.</translation>
    </message>
    <message>
        <source>A different vault</source>
        <translation>A different vault</translation>
    </message>
    <message>
        <source>Unfinished work cleaned up</source>
        <translation>Unfinished work cleaned up</translation>
    </message>
    <message>
        <source>Choose a vault file</source>
        <translation>Choose a vault file</translation>
    </message>
    <message>
        <source>contactvault vaults (*.cvault);;All files (*)</source>
        <translation>contactvault vaults (*.cvault);;All files (*)</translation>
    </message>
    <message>
        <source>Other vault…</source>
        <translation>Other vault…</translation>
    </message>
    <message>
        <source>Choose another vault file</source>
        <translation>Choose another vault file</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Remember in the system&apos;s secret store</source>
        <translation>&amp;Remember in the system&apos;s secret store</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Create new vault…</source>
        <translation>&amp;Create new vault…</translation>
    </message>
    <message>
        <source>Use &amp;secret store</source>
        <translation>Use &amp;secret store</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
</context>
<context>
    <name>Vaults</name>
    <message>
        <source>Warning: {path} is not the vault that was opened here before (its identity was {known}, now it is {found}). Someone replaced the file, or restored a backup of another vault. Check that these are the contacts and consents you expect before you record anything or export to a phone.</source>
        <translation>Warning: {path} is not the vault that was opened here before (its identity was {known}, now it is {found}). Someone replaced the file, or restored a backup of another vault. Check that these are the contacts and consents you expect before you record anything or export to a phone.</translation>
    </message>
    <message>
        <source>A restore was interrupted before it replaced the vault; its copy {path} was removed. The vault is as it was.</source>
        <translation>A restore was interrupted before it replaced the vault; its copy {path} was removed. The vault is as it was.</translation>
    </message>
    <message>
        <source>A restore was interrupted before it replaced the vault; the second name {path} it had given the vault was removed. The vault is as it was.</source>
        <translation>A restore was interrupted before it replaced the vault; the second name {path} it had given the vault was removed. The vault is as it was.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Your vault is ready</source>
        <translation>Your vault is ready</translation>
    </message>
    <message>
        <source>contactvault keeps your business contacts encrypted on this computer and records for every phone number whether the person agreed to be contacted on WhatsApp. Only those numbers go onto the WhatsApp phone: secure the contacts first, then install WhatsApp.</source>
        <translation>contactvault keeps your business contacts encrypted on this computer and records for every phone number whether the person agreed to be contacted on WhatsApp. Only those numbers go onto the WhatsApp phone: secure the contacts first, then install WhatsApp.</translation>
    </message>
    <message>
        <source>&amp;Prepare a WhatsApp phone (recommended)</source>
        <translation>&amp;Prepare a WhatsApp phone (recommended)</translation>
    </message>
    <message>
        <source>&amp;Import contacts</source>
        <translation>&amp;Import contacts</translation>
    </message>
    <message>
        <source>The procedure guides you step by step: import the phone&apos;s address book, sort out private contacts, then put only the permitted numbers on the phone. You can also drop address-book files onto this window.</source>
        <translation>The procedure guides you step by step: import the phone&apos;s address book, sort out private contacts, then put only the permitted numbers on the phone. You can also drop address-book files onto this window.</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <source>Write the file</source>
        <translation>Write the file</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Export file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>The file is NOT encrypted: it holds the names and numbers in plain text. Copy it to the WhatsApp phone, import it there, then delete it from this computer and from the phone&apos;s downloads.</source>
        <translation>The file is NOT encrypted: it holds the names and numbers in plain text. Copy it to the WhatsApp phone, import it there, then delete it from this computer and from the phone&apos;s downloads.</translation>
    </message>
    <message>
        <source>&amp;Write file</source>
        <translation>&amp;Write file</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Save the export as</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard files (*.vcf)</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Replace file?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 exists already. Replace it?</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>show program&apos;s version number and exit</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>expected %s argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>expected %s arguments</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>unexpected option string: %s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>can&apos;t open &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
</TS>
