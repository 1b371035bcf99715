<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Passphrase for the vault: </source>
        <translation>Passphrase für den Tresor: </translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Wiederholen: </translation>
    </message>
    <message>
        <source>the two entries differ</source>
        <translation>die beiden Eingaben unterscheiden sich</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About contactvault</source>
        <translation>Über contactvault</translation>
    </message>
    <message>
        <source>Business contacts in an encrypted vault; only consented numbers go onto the WhatsApp phone.</source>
        <translation>Geschäftskontakte in einem verschlüsselten Tresor; nur Nummern mit Einwilligung kommen auf das WhatsApp-Telefon.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Lizenz: GNU General Public License, Version 3 oder später (GPL-3.0-or-later). Ohne jede Gewährleistung.</translation>
    </message>
    <message>
        <source>Built on these libraries:</source>
        <translation>Verwendete Bibliotheken:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>File not written</source>
        <translation>Datei nicht geschrieben</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>Die Datei %1 gibt es schon. Möchten Sie sie ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>entries before entry {seq} are missing</source>
        <translation>Einträge vor Eintrag {seq} fehlen</translation>
    </message>
    <message>
        <source>entry {seq} does not follow the entry before it (removed, inserted or reordered)</source>
        <translation>Eintrag {seq} folgt nicht auf den Eintrag davor (entfernt, eingefügt oder umgestellt)</translation>
    </message>
    <message>
        <source>entry {seq} was changed after it was written</source>
        <translation>Eintrag {seq} wurde nach dem Schreiben verändert</translation>
    </message>
    <message>
        <source>entries after entry {seq} are missing (the log was cut off)</source>
        <translation>Einträge nach Eintrag {seq} fehlen (das Protokoll wurde abgeschnitten)</translation>
    </message>
    <message>
        <source>the audit trail is empty, but the vault holds data (the log was deleted)</source>
        <translation>das Prüfprotokoll ist leer, obwohl der Tresor Daten enthält (das Protokoll wurde gelöscht)</translation>
    </message>
    <message>
        <source>{record} no longer matches entry {seq}: it was changed or deleted after it was recorded</source>
        <translation>{record} passt nicht mehr zu Eintrag {seq}: nach der Erfassung verändert oder gelöscht</translation>
    </message>
    <message>
        <source>{record} has no entry in the audit trail: it was added behind the program&apos;s back</source>
        <translation>{record} hat keinen Eintrag im Prüfprotokoll: am Programm vorbei hinzugefügt</translation>
    </message>
    <message>
        <source>the structure of the recorded tables (columns or protective triggers) was changed after entry {seq}</source>
        <translation>der Aufbau der erfassten Tabellen (Spalten oder Schutz-Trigger) wurde nach Eintrag {seq} verändert</translation>
    </message>
    <message>
        <source>the structure of the recorded tables is in no entry</source>
        <translation>der Aufbau der erfassten Tabellen steht in keinem Eintrag</translation>
    </message>
    <message>
        <source>the trail has only {count} entries, but {expected} were printed earlier: entries were removed</source>
        <translation>das Prüfprotokoll hat nur {count} Einträge, früher ausgedruckt wurden aber {expected}: Einträge wurden entfernt</translation>
    </message>
    <message>
        <source>entry {expected} is not the one printed earlier: the trail was rewritten</source>
        <translation>Eintrag {expected} ist nicht der früher ausgedruckte: das Prüfprotokoll wurde neu geschrieben</translation>
    </message>
    <message>
        <source>{record} was not what the consent policy decides from the recorded events: it was changed behind the program&apos;s back. It has been discarded; the number&apos;s status is decided again from its events</source>
        <translation>{record} entsprach nicht dem, was die Einwilligungsregel aus den erfassten Ereignissen entscheidet: sie wurde am Programm vorbei geändert. Sie wurde verworfen; der Status der Nummer wird wieder aus ihren Ereignissen entschieden</translation>
    </message>
    <message>
        <source>{record} is not what the consent policy decides from the recorded events: it was changed behind the program&apos;s back, and the status shown for the number may be wrong until the vault can be written again</source>
        <translation>{record} entspricht nicht dem, was die Einwilligungsregel aus den erfassten Ereignissen entscheidet: sie wurde am Programm vorbei geändert, und der angezeigte Status der Nummer kann falsch sein, bis der Tresor wieder beschrieben werden kann</translation>
    </message>
    <message>
        <source>consent event {value}</source>
        <translation>Einwilligungsereignis {value}</translation>
    </message>
    <message>
        <source>sent text {value}</source>
        <translation>gesendeter Text {value}</translation>
    </message>
    <message>
        <source>export {value}</source>
        <translation>Export {value}</translation>
    </message>
    <message>
        <source>the numbers of export {value}</source>
        <translation>die Nummern von Export {value}</translation>
    </message>
    <message>
        <source>removal confirmation {value}</source>
        <translation>Löschbestätigung {value}</translation>
    </message>
    <message>
        <source>procedure run {value}</source>
        <translation>Verfahrensdurchlauf {value}</translation>
    </message>
    <message>
        <source>procedure step {value}</source>
        <translation>Verfahrensschritt {value}</translation>
    </message>
    <message>
        <source>setting {value}</source>
        <translation>Einstellung {value}</translation>
    </message>
    <message>
        <source>WhatsApp phone {value}</source>
        <translation>WhatsApp-Telefon {value}</translation>
    </message>
    <message>
        <source>evidence file {value}</source>
        <translation>Nachweisdatei {value}</translation>
    </message>
    <message>
        <source>erasure {value}</source>
        <translation>Löschung {value}</translation>
    </message>
    <message>
        <source>the keyed hashes of erasure {value}</source>
        <translation>die Schlüssel-Hashes der Löschung {value}</translation>
    </message>
    <message>
        <source>number correction {value}</source>
        <translation>Berichtigung einer Nummer {value}</translation>
    </message>
    <message>
        <source>the consent decision kept for {value}</source>
        <translation>die gespeicherte Einwilligungsentscheidung für {value}</translation>
    </message>
    <message>
        <source>up to {value}</source>
        <translation>bis {value}</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entry/entries checked.</source>
        <translation>
            <numerusform>Das Prüfprotokoll ist unversehrt: %n Eintrag geprüft.</numerusform>
            <numerusform>Das Prüfprotokoll ist unversehrt: %n Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>It still holds the head printed earlier.</source>
        <translation>Es enthält den früher ausgedruckten Stand unverändert.</translation>
    </message>
    <message>
        <source>The audit trail is BROKEN: %1.</source>
        <translation>Das Prüfprotokoll ist BESCHÄDIGT: %1.</translation>
    </message>
    <message>
        <source>Check the audit trail</source>
        <translation>Prüfprotokoll prüfen</translation>
    </message>
    <message>
        <source>Consent events, exports, removal confirmations, procedure steps and settings are chained by their checksums. The check shows whether anything was changed behind the program&apos;s back. Against someone who knows the passphrase and rewrites everything, only a head printed earlier and kept outside the vault helps: enter it below.</source>
        <translation>Einwilligungsereignisse, Exporte, Löschbestätigungen, Verfahrensschritte und Einstellungen sind über ihre Prüfsummen verkettet. Die Prüfung zeigt, ob etwas am Programm vorbei verändert wurde. Gegen jemanden, der die Passphrase kennt und alles neu schreibt, hilft nur ein früher ausgedruckter und außerhalb des Tresors aufbewahrter Stand: Geben Sie ihn unten ein.</translation>
    </message>
    <message>
        <source>Head printed &amp;earlier:</source>
        <translation>&amp;Früher ausgedruckter Stand:</translation>
    </message>
    <message>
        <source>optional, e.g. 57:3f9a0c1d2e4b5a69 (from a protocol, export or backup)</source>
        <translation>freiwillig, z. B. 57:3f9a0c1d2e4b5a69 (von einem Protokoll, Export oder einer Sicherung)</translation>
    </message>
    <message>
        <source>Head printed earlier</source>
        <translation>Früher ausgedruckter Stand</translation>
    </message>
    <message>
        <source>Head now:</source>
        <translation>Stand jetzt:</translation>
    </message>
    <message>
        <source>Head of the audit trail now</source>
        <translation>Stand des Prüfprotokolls jetzt</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>C&amp;opy the head</source>
        <translation>Stand &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>CarddavDialog</name>
    <message>
        <source>CardDAV address book of %1</source>
        <translation>CardDAV-Adressbuch von %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>gone from the server</source>
        <translation>nicht mehr auf dem Server</translation>
    </message>
    <message>
        <source>kept in the system&apos;s secret store</source>
        <translation>im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <source>(erased person)</source>
        <translation>(gelöschte Person)</translation>
    </message>
    <message>
        <source>Removed from the server (%1)</source>
        <translation>Vom Server entfernt (%1)</translation>
    </message>
    <message>
        <source>Enter the password of the login.</source>
        <translation>Geben Sie das Passwort der Anmeldung ein.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Der Server wird gefragt…</translation>
    </message>
    <message>
        <source>Saved: the server accepted the login.</source>
        <translation>Gespeichert: Der Server hat die Anmeldung angenommen.</translation>
    </message>
    <message>
        <source>The phone has no CardDAV address book any more; cards already on the server stay there until you delete them.</source>
        <translation>Das Telefon hat kein CardDAV-Adressbuch mehr; Karten, die schon auf dem Server liegen, bleiben dort, bis Sie sie löschen.</translation>
    </message>
    <message>
        <source>Comparing with the server…</source>
        <translation>Abgleich mit dem Server…</translation>
    </message>
    <message>
        <source>The address book already holds exactly the phone&apos;s eligible cards.</source>
        <translation>Das Adressbuch enthält schon genau die zulässigen Karten des Telefons.</translation>
    </message>
    <message>
        <source>(a card contactvault did not write)</source>
        <translation>(eine Karte, die nicht von contactvault stammt)</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Published: new %1, changed %2, deleted %3, unchanged %4. The phone takes the changes at its next sync.</source>
        <translation>Veröffentlicht: neu %1, geändert %2, gelöscht %3, unverändert %4. Das Telefon übernimmt die Änderungen beim nächsten Abgleich.</translation>
    </message>
    <message>
        <source>CardDAV address book</source>
        <translation>CardDAV-Adressbuch</translation>
    </message>
    <message>
        <source>Publish this phone&apos;s contacts to its own address book on a CardDAV server (Nextcloud, Radicale or another). The phone syncs the address book (DAVx5 on Android, a CardDAV account on the iPhone): a card deleted on the server leaves the phone at its next sync.</source>
        <translation>Veröffentlichen Sie die Kontakte dieses Telefons in sein eigenes Adressbuch auf einem CardDAV-Server (Nextcloud, Radicale oder ein anderer). Das Telefon gleicht das Adressbuch ab (DAVx5 unter Android, ein CardDAV-Konto auf dem iPhone): Eine auf dem Server gelöschte Karte verschwindet beim nächsten Abgleich vom Telefon.</translation>
    </message>
    <message>
        <source>Address &amp;book:</source>
        <translation>&amp;Adressbuch:</translation>
    </message>
    <message>
        <source>https://… the address book&apos;s own address</source>
        <translation>https://… die eigene Adresse des Adressbuchs</translation>
    </message>
    <message>
        <source>Address of the address book</source>
        <translation>Adresse des Adressbuchs</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>A&amp;nmeldung:</translation>
    </message>
    <message>
        <source>Login that may write the address book</source>
        <translation>Anmeldung, die in das Adressbuch schreiben darf</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password of the login</source>
        <translation>Passwort der Anmeldung</translation>
    </message>
    <message>
        <source>Server &amp;certificate:</source>
        <translation>&amp;Zertifikat des Servers:</translation>
    </message>
    <message>
        <source>only for a self-signed certificate: its file</source>
        <translation>nur bei selbst signiertem Zertifikat: seine Datei</translation>
    </message>
    <message>
        <source>Certificate file of the server</source>
        <translation>Zertifikatsdatei des Servers</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system&apos;s secret store</source>
        <translation>Passwort im &amp;Schlüsselbund des Systems aufbewahren</translation>
    </message>
    <message>
        <source>&amp;Check and save</source>
        <translation>Prüfen und &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Remove the address book</source>
        <translation>Adressbuch &amp;entfernen</translation>
    </message>
    <message>
        <source>What publishing changes on the server:</source>
        <translation>Was das Veröffentlichen auf dem Server ändert:</translation>
    </message>
    <message>
        <source>Changes on the server</source>
        <translation>Änderungen auf dem Server</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Removed from the server</source>
        <translation>Vom Server entfernt</translation>
    </message>
    <message>
        <source>The phone drops these numbers at its next sync. Only a chat with the number stays on the phone: delete it there by hand, if there is one.</source>
        <translation>Das Telefon entfernt diese Nummern beim nächsten Abgleich. Nur ein Chat mit der Nummer bleibt auf dem Telefon: Löschen Sie ihn dort von Hand, falls es einen gibt.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>&amp;Show the changes</source>
        <translation>Änderungen &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>ChatConsent</name>
    <message>
        <source>The phrase stands in quotation marks inside a longer message: the customer may be asking about it rather than answering.</source>
        <translation>Die Formulierung steht in Anführungszeichen in einer längeren Nachricht: Der Kunde fragt vielleicht danach, statt zu antworten.</translation>
    </message>
    <message>
        <source>The message is a question: it may only ask about revoking.</source>
        <translation>Die Nachricht ist eine Frage: Sie fragt vielleicht nur nach dem Widerruf.</translation>
    </message>
    <message>
        <source>The message contains both the consent and the revocation phrase.</source>
        <translation>Die Nachricht enthält sowohl die Einwilligungs- als auch die Widerrufsformulierung.</translation>
    </message>
    <message>
        <source>The message&apos;s time is earlier than the message before it; check it in the chat.</source>
        <translation>Die Zeit der Nachricht liegt vor der Nachricht davor; prüfen Sie sie im Chat.</translation>
    </message>
    <message>
        <source>The tag is not one of the notices in force (an earlier or another wording); the version is read from the tag.</source>
        <translation>Das Kürzel gehört zu keinem geltenden Hinweis (eine frühere oder andere Fassung); die Version wird aus dem Kürzel gelesen.</translation>
    </message>
    <message>
        <source>The business wrote first ({time}). The guidance says the customer starts the chat, so no consent by conduct is proposed.</source>
        <translation>Der Betrieb hat zuerst geschrieben ({time}). Nach den Leitlinien beginnt der Kunde den Chat; deshalb wird keine schlüssige Einwilligung vorgeschlagen.</translation>
    </message>
    <message>
        <source>The notice was sent more than a day after the customer&apos;s first message ({first} → {notice}).</source>
        <translation>Der Hinweis wurde mehr als einen Tag nach der ersten Nachricht des Kunden gesendet ({first} → {notice}).</translation>
    </message>
    <message>
        <source>Times in this chat go backwards (first in line {line}); check the order of the messages.</source>
        <translation>Die Zeiten in diesem Chat laufen rückwärts (zuerst in Zeile {line}); prüfen Sie die Reihenfolge der Nachrichten.</translation>
    </message>
    <message>
        <source>The chat holds no information notice of the business (no version tag such as CV-N2-de, nor a notice&apos;s full text).</source>
        <translation>Der Chat enthält keinen Datenschutzhinweis des Betriebs (weder ein Versionskürzel wie CV-N2-de noch den vollständigen Text eines Hinweises).</translation>
    </message>
    <message>
        <source>The customer wrote first: their first message in this chat.</source>
        <translation>Der Kunde hat zuerst geschrieben: seine erste Nachricht in diesem Chat.</translation>
    </message>
    <message>
        <source>The business&apos;s message carries the notice&apos;s version tag {tag} ({version}).</source>
        <translation>Die Nachricht des Betriebs trägt das Versionskürzel des Hinweises {tag} ({version}).</translation>
    </message>
    <message>
        <source>The business&apos;s message holds the full text of the notice ({version}).</source>
        <translation>Die Nachricht des Betriebs enthält den vollständigen Text des Hinweises ({version}).</translation>
    </message>
    <message>
        <source>The customer&apos;s message contains the consent phrase of the notice ({version}): “{phrase}”.</source>
        <translation>Die Nachricht des Kunden enthält die Einwilligungsformulierung des Hinweises ({version}): „{phrase}“.</translation>
    </message>
    <message>
        <source>The customer&apos;s message contains the consent phrase of the notice ({version}): “{phrase}”. No notice was sent before it in this chat.</source>
        <translation>Die Nachricht des Kunden enthält die Einwilligungsformulierung des Hinweises ({version}): „{phrase}“. Davor wurde in diesem Chat kein Hinweis gesendet.</translation>
    </message>
    <message>
        <source>The customer&apos;s message contains the revocation phrase of the notice ({version}): “{phrase}”.</source>
        <translation>Die Nachricht des Kunden enthält die Widerrufsformulierung des Hinweises ({version}): „{phrase}“.</translation>
    </message>
    <message>
        <source>The customer&apos;s message contains “{phrase}”.</source>
        <translation>Die Nachricht des Kunden enthält „{phrase}“.</translation>
    </message>
</context>
<context>
    <name>ChatConsentDialog</name>
    <message>
        <source>&amp;Record ticked events</source>
        <translation>Angekreuzte Ereignisse &amp;erfassen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Day first (29.11.26)</source>
        <translation>Tag vorne (29.11.26)</translation>
    </message>
    <message>
        <source>Month first (11/29/26)</source>
        <translation>Monat vorne (11/29/26)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>File: %1 (SHA-256 %2…)</source>
        <translation>Datei: %1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>The chat proposes no consent events.</source>
        <translation>Der Chat legt keine Einwilligungsereignisse nahe.</translation>
    </message>
    <message>
        <source>– please choose –</source>
        <translation>– bitte wählen –</translation>
    </message>
    <message>
        <source>The export shows the number %1; the vault holds it.</source>
        <translation>Der Export zeigt die Nummer %1; sie ist im Tresor.</translation>
    </message>
    <message>
        <source>The export shows the number %1; the vault knows it from consent records.</source>
        <translation>Der Export zeigt die Nummer %1; der Tresor kennt sie aus Einwilligungsnachweisen.</translation>
    </message>
    <message>
        <source>The export shows the number %1, which is not in the vault yet. Tick “Add as a new contact” to record the events for it.</source>
        <translation>Der Export zeigt die Nummer %1, die noch nicht im Tresor ist. Kreuzen Sie „Als neuen Kontakt anlegen“ an, um die Ereignisse dafür zu erfassen.</translation>
    </message>
    <message>
        <source>– please confirm the contact –</source>
        <translation>– bitte den Kontakt bestätigen –</translation>
    </message>
    <message>
        <source>Another number…</source>
        <translation>Andere Nummer…</translation>
    </message>
    <message>
        <source>The chat shows its partner only by the saved name “%1”. A name alone is not enough: confirm the contact, or give the number.</source>
        <translation>Der Chat zeigt den Gesprächspartner nur mit dem gespeicherten Namen „%1“. Ein Name allein genügt nicht: Bestätigen Sie den Kontakt oder geben Sie die Nummer an.</translation>
    </message>
    <message>
        <source>No contact in the vault has exactly this name.</source>
        <translation>Kein Kontakt im Tresor heißt genau so.</translation>
    </message>
    <message>
        <source>&amp;Add as a new contact (category customer, named “%1”)</source>
        <translation>Als neuen Kontakt &amp;anlegen (Kategorie Kunde, Name „%1“)</translation>
    </message>
    <message>
        <source>%1 – %2 (contact %3)</source>
        <translation>%1 – %2 (Kontakt %3)</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Prüfen: %1</translation>
    </message>
    <message>
        <source>%1 – recorded (event %2)</source>
        <translation>%1 – erfasst (Ereignis %2)</translation>
    </message>
    <message numerus="yes">
        <source>Recorded: %n event(s).</source>
        <translation>
            <numerusform>Erfasst: %n Ereignis.</numerusform>
            <numerusform>Erfasst: %n Ereignisse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them had been recorded before and were not added again.</source>
        <translation>
            <numerusform>%n davon war schon früher erfasst und wurde nicht erneut hinzugefügt.</numerusform>
            <numerusform>%n davon waren schon früher erfasst und wurden nicht erneut hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was added as a new contact.</source>
        <translation>%1 wurde als neuer Kontakt angelegt.</translation>
    </message>
    <message>
        <source>Consent from a WhatsApp chat</source>
        <translation>Einwilligung aus einem WhatsApp-Chat</translation>
    </message>
    <message>
        <source>Tick the events to record. Each is kept with its line from the chat, its time and the file&apos;s SHA-256 as evidence; nothing else of the chat is kept.</source>
        <translation>Kreuzen Sie die Ereignisse an, die erfasst werden sollen. Jedes wird mit seiner Zeile aus dem Chat, ihrer Zeit und dem SHA-256 der Datei als Nachweis aufbewahrt; sonst wird nichts aus dem Chat aufbewahrt.</translation>
    </message>
    <message>
        <source>Date &amp;order:</source>
        <translation>Datums&amp;reihenfolge:</translation>
    </message>
    <message>
        <source>How the phone writes dates</source>
        <translation>Wie das Telefon Datumsangaben schreibt</translation>
    </message>
    <message>
        <source>&amp;Business in the chat:</source>
        <translation>&amp;Betrieb im Chat:</translation>
    </message>
    <message>
        <source>The business&apos;s sender name in the chat</source>
        <translation>Der Absendername des Betriebs im Chat</translation>
    </message>
    <message>
        <source>Chat partner</source>
        <translation>Gesprächspartner</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>The contact the chat is with</source>
        <translation>Der Kontakt, mit dem der Chat geführt wurde</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>e.g. 0171 1000001</source>
        <translation>z. B. 0171 1000001</translation>
    </message>
    <message>
        <source>The chat partner&apos;s number</source>
        <translation>Die Nummer des Gesprächspartners</translation>
    </message>
    <message>
        <source>&amp;Add as a new contact (category customer)</source>
        <translation>Als neuen Kontakt &amp;anlegen (Kategorie Kunde)</translation>
    </message>
    <message>
        <source>Proposed consent events</source>
        <translation>Vorgeschlagene Einwilligungsereignisse</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Line in the chat</source>
        <translation>Zeile im Chat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>The chosen event&apos;s lines from the chat and why it is proposed</source>
        <translation>Die Zeilen des gewählten Ereignisses aus dem Chat und warum es vorgeschlagen wird</translation>
    </message>
</context>
<context>
    <name>ChatIssue</name>
    <message>
        <source>The file cannot be read ({error}).</source>
        <translation>Die Datei kann nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <source>The chat text is larger than {mb} MB; it was not read.</source>
        <translation>Der Chat-Text ist größer als {mb} MB; er wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The ZIP file holds no chat text (.txt).</source>
        <translation>Die ZIP-Datei enthält keinen Chat-Text (.txt).</translation>
    </message>
    <message>
        <source>The ZIP file holds several text files ({names}); it is not clear which one is the chat.</source>
        <translation>Die ZIP-Datei enthält mehrere Textdateien ({names}); es ist nicht klar, welche der Chat ist.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 throughout; unreadable bytes were replaced by � (places: {count}).</source>
        <translation>Die Datei ist nicht durchgehend UTF-8; nicht lesbare Bytes wurden durch � ersetzt (Stellen: {count}).</translation>
    </message>
    <message>
        <source>No line looks like a WhatsApp message (“29.11.26, 14:05 - Name: Text” or “[29.11.26, 14:05:33] Name: Text”); this is not a WhatsApp chat export.</source>
        <translation>Keine Zeile sieht wie eine WhatsApp-Nachricht aus („29.11.26, 14:05 - Name: Text“ oder „[29.11.26, 14:05:33] Name: Text“); dies ist kein exportierter WhatsApp-Chat.</translation>
    </message>
    <message>
        <source>No day in the chat is above 12, so the file does not tell whether dates are written day first or month first. Say which order the phone uses; the messages have no times until then.</source>
        <translation>Kein Tag im Chat ist größer als 12; die Datei verrät daher nicht, ob im Datum der Tag oder der Monat vorne steht. Geben Sie an, welche Reihenfolge das Telefon verwendet; bis dahin haben die Nachrichten keine Uhrzeit.</translation>
    </message>
    <message>
        <source>Some dates can only be day first (line {day_line}), others only month first (line {month_line}). Say which order the phone uses; the messages have no times until then.</source>
        <translation>Manche Daten passen nur mit dem Tag vorne (Zeile {day_line}), andere nur mit dem Monat vorne (Zeile {month_line}). Geben Sie an, welche Reihenfolge das Telefon verwendet; bis dahin haben die Nachrichten keine Uhrzeit.</translation>
    </message>
    <message>
        <source>The order given does not fit the date in this line; the line is kept as text of the message before it.</source>
        <translation>Die angegebene Reihenfolge passt nicht zum Datum in dieser Zeile; die Zeile bleibt Text der Nachricht davor.</translation>
    </message>
    <message>
        <source>Text before the first message was left out.</source>
        <translation>Text vor der ersten Nachricht wurde ausgelassen.</translation>
    </message>
    <message>
        <source>This message&apos;s time ({time}) is earlier than the message before it ({previous}). It may be text inside the previous message that only looks like a new message; check it in the chat.</source>
        <translation>Die Zeit dieser Nachricht ({time}) liegt vor der Nachricht davor ({previous}). Es kann Text innerhalb der vorigen Nachricht sein, der nur wie eine neue Nachricht aussieht; prüfen Sie es im Chat.</translation>
    </message>
    <message>
        <source>A line inside a message looks like the start of a message but does not match this chat&apos;s format or has an impossible date or time; it was kept as text of the message.</source>
        <translation>Eine Zeile innerhalb einer Nachricht sieht wie der Anfang einer Nachricht aus, passt aber nicht zum Format dieses Chats oder hat ein unmögliches Datum oder eine unmögliche Uhrzeit; sie bleibt Text der Nachricht.</translation>
    </message>
    <message>
        <source>Lines that start like a message in another format (the first in line {line}) were kept as text of the message before them.</source>
        <translation>Zeilen, die wie eine Nachricht in einem anderen Format beginnen (die erste in Zeile {line}), bleiben Text der Nachricht davor.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Passphrase: asked on the terminal, taken from the system&apos;s secret store,
or for scripts from CONTACTVAULT_PASSPHRASE or --passphrase-file
(less safe: other programs of the same user may read them).</source>
        <translation>Passphrase: wird im Terminal abgefragt, aus dem Schlüsselspeicher des Systems genommen
oder für Skripte aus CONTACTVAULT_PASSPHRASE oder --passphrase-file gelesen
(weniger sicher: andere Programme desselben Benutzers können sie lesen).</translation>
    </message>
    <message>
        <source>Files named with -o or given to backup are never written over a vault or
a backup, and over another existing file only with --force.</source>
        <translation>Dateien, die Sie mit -o oder bei backup angeben, werden nie über einen Tresor oder
eine Sicherung geschrieben, über eine andere vorhandene Datei nur mit --force.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Rückgabewerte:</translation>
    </message>
    <message>
        <source>contactvault: interrupted; nothing half-done was kept.</source>
        <translation>contactvault: abgebrochen; nichts Halbfertiges wurde gespeichert.</translation>
    </message>
    <message>
        <source>contactvault: internal error ({kind}: {detail}). Run with CONTACTVAULT_DEBUG=1 for details.</source>
        <translation>contactvault: interner Fehler ({kind}: {detail}). Für Einzelheiten mit CONTACTVAULT_DEBUG=1 starten.</translation>
    </message>
    <message>
        <source>Prints the head of the trail (entry count and hash). Keep it outside the vault (it is also printed on protocols, export records and backups): --expect COUNT:HASH then shows whether the trail was shortened, rewritten or deleted since. Exit codes: 0 intact; 9 the chain of entries is broken (changed, removed, reordered, cut off, or the log is empty); 10 a record (consent event, export, removal confirmation, procedure step, setting, ...) was changed, deleted or added without an entry; 11 the trail does not hold the head given with --expect; 1 the head given is malformed; 2 the vault cannot be opened.</source>
        <translation>Gibt den Stand des Prüfprotokolls aus (Anzahl der Einträge und Prüfsumme). Bewahren Sie ihn außerhalb des Tresors auf (er steht auch auf Protokollen, Exportnachweisen und Sicherungen): --expect ANZAHL:PRÜFSUMME zeigt dann, ob das Prüfprotokoll seither gekürzt, neu geschrieben oder gelöscht wurde. Rückgabewerte: 0 unversehrt; 9 die Kette der Einträge ist beschädigt (verändert, entfernt, umgestellt, abgeschnitten oder das Protokoll ist leer); 10 ein Datensatz (Einwilligungsereignis, Export, Löschbestätigung, Verfahrensschritt, Einstellung, …) wurde verändert, gelöscht oder ohne Eintrag hinzugefügt; 11 das Prüfprotokoll enthält den mit --expect angegebenen Stand nicht; 1 der angegebene Stand ist fehlerhaft; 2 der Tresor lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>check the hash chain and the records it covers; exits non-zero if broken</source>
        <translation>die Hash-Kette und die von ihr erfassten Datensätze prüfen; endet bei Beschädigung mit einem Rückgabewert ungleich 0</translation>
    </message>
    <message>
        <source>a head printed earlier; fails if the trail no longer holds it</source>
        <translation>ein früher ausgedruckter Stand; schlägt fehl, wenn das Prüfprotokoll ihn nicht mehr enthält</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n entry/entries checked.</source>
        <translation>
            <numerusform>Prüfprotokoll unversehrt: %n Eintrag geprüft.</numerusform>
            <numerusform>Prüfprotokoll unversehrt: %n Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>It still holds the head printed earlier ({head}).</source>
        <translation>Es enthält den früher ausgedruckten Stand ({head}) unverändert.</translation>
    </message>
    <message>
        <source>Audit trail BROKEN at entry {seq}: {problem}.</source>
        <translation>Prüfprotokoll BESCHÄDIGT bei Eintrag {seq}: {problem}.</translation>
    </message>
    <message>
        <source>Audit trail BROKEN: {problem}.</source>
        <translation>Prüfprotokoll BESCHÄDIGT: {problem}.</translation>
    </message>
    <message>
        <source>Head: {head}</source>
        <translation>Stand: {head}</translation>
    </message>
    <message>
        <source>The number is on the WhatsApp phone {device}: it is now on its removal list.</source>
        <translation>Die Nummer ist auf dem WhatsApp-Telefon {device}: Sie steht jetzt auf dessen Löschliste.</translation>
    </message>
    <message>
        <source>Confirmation text for the customer: contactvault notice revocation {number} --lang de|en</source>
        <translation>Bestätigungstext für den Kunden: contactvault notice revocation {number} --lang de|en</translation>
    </message>
    <message>
        <source>Recorded: {what} for {number} on {at} (event {id}).</source>
        <translation>Erfasst: {what} für {number} am {at} (Ereignis {id}).</translation>
    </message>
    <message>
        <source>legal basis {basis}</source>
        <translation>Rechtsgrundlage {basis}</translation>
    </message>
    <message>
        <source>, with the notice handed over</source>
        <translation>, mit übergebenem Datenschutzhinweis</translation>
    </message>
    <message numerus="yes">
        <source>The number is stored for %n contacts (ids {ids}) and this names none of them: a phone gets it once, under contact {first}. To name the person whose consent it is, record it with --contact ID.</source>
        <translation>
            <numerusform>Die Nummer ist bei %n Kontakt gespeichert (IDs {ids}), und dieser Eintrag nennt keinen davon: ein Telefon erhält sie nur einmal, unter Kontakt {first}. Um die Person zu nennen, deren Einwilligung es ist, erfassen Sie ihn mit --contact ID.</numerusform>
            <numerusform>Die Nummer ist bei %n Kontakten gespeichert (IDs {ids}), und dieser Eintrag nennt keinen davon: ein Telefon erhält sie nur einmal, unter Kontakt {first}. Um die Person zu nennen, deren Einwilligung es ist, erfassen Sie ihn mit --contact ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded, but under the current settings this does not make the number eligible for a WhatsApp phone.</source>
        <translation>Erfasst – nach den aktuellen Einstellungen darf die Nummer dadurch aber nicht auf ein WhatsApp-Telefon; sie ist damit nicht zulässig.</translation>
    </message>
    <message>
        <source>Only the data-protection officer can allow this legal basis: contactvault settings set {key} true</source>
        <translation>Diese Rechtsgrundlage kann nur die oder der Datenschutzbeauftragte zulassen: contactvault settings set {key} true</translation>
    </message>
    <message>
        <source>If the notice was handed over with the request, record the consent with --with-notice.</source>
        <translation>Wurde der Datenschutzhinweis mit der Anfrage übergeben, erfassen Sie die Einwilligung mit --with-notice.</translation>
    </message>
    <message>
        <source>kept in the vault: {name} ({size})</source>
        <translation>im Tresor verwahrt: {name} ({size})</translation>
    </message>
    <message>
        <source>Notice version: {version}</source>
        <translation>Version des Hinweises: {version}</translation>
    </message>
    <message>
        <source>The text sent is kept with the event ({chars} characters): contactvault consent history {number} --json</source>
        <translation>Der gesendete Text ist mit dem Ereignis verwahrt ({chars} Zeichen): contactvault consent history {number} --json</translation>
    </message>
    <message>
        <source>give both: --file ID --output PATH</source>
        <translation>beides angeben: --file ID --output PFAD</translation>
    </message>
    <message>
        <source>added {at} by {who}</source>
        <translation>hinzugefügt am {at} von {who}</translation>
    </message>
    <message>
        <source>No evidence files.</source>
        <translation>Keine Nachweisdateien.</translation>
    </message>
    <message>
        <source>Written (a copy outside the vault, not encrypted): {path}</source>
        <translation>Geschrieben (eine Kopie außerhalb des Tresors, nicht verschlüsselt): {path}</translation>
    </message>
    <message>
        <source>  no consent events recorded</source>
        <translation>  keine Einwilligungsereignisse erfasst</translation>
    </message>
    <message>
        <source>notice handed over</source>
        <translation>Hinweis übergeben</translation>
    </message>
    <message>
        <source>recorded {at} by {who}</source>
        <translation>erfasst {at} von {who}</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n Nummer</numerusform>
            <numerusform>%n Nummern</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice version: {version} (tag {tag})</source>
        <translation>Fassung des Hinweises: {version} (Kürzel {tag})</translation>
    </message>
    <message>
        <source>Not used any more: {path} (the notice now has one file per policy, standard.txt and strict.txt)</source>
        <translation>Wird nicht mehr verwendet: {path} (der Hinweis hat jetzt eine Datei je Regel, standard.txt und strict.txt)</translation>
    </message>
    <message>
        <source>Not filled in yet, so it cannot be recorded as sent:</source>
        <translation>Noch nicht eingetragen, daher kann der Text nicht als gesendet erfasst werden:</translation>
    </message>
    <message>
        <source>Recorded that the confirmation was sent.</source>
        <translation>Erfasst, dass die Bestätigung gesendet wurde.</translation>
    </message>
    <message>
        <source>Importing… {percent}%</source>
        <translation>Importiere… {percent} %</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of erased people were not imported; import them anyway with --allow-erased.</source>
        <translation>
            <numerusform>%n Datensatz einer gelöschten Person wurde nicht importiert; importieren Sie ihn trotzdem mit --allow-erased.</numerusform>
            <numerusform>%n Datensätze gelöschter Personen wurden nicht importiert; importieren Sie sie trotzdem mit --allow-erased.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault is locked: columns kept from an earlier import of these files are not shown (give the passphrase to see them).</source>
        <translation>Der Tresor ist gesperrt: Spalten, die von einem früheren Import dieser Dateien behalten wurden, werden nicht gezeigt (geben Sie die Passphrase an, um sie zu sehen).</translation>
    </message>
    <message>
        <source>  Columns:</source>
        <translation>  Spalten:</translation>
    </message>
    <message numerus="yes">
        <source>  First %n row(s):</source>
        <translation>
            <numerusform>  Erste Zeile:</numerusform>
            <numerusform>  Erste %n Zeilen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n record(s) ({format})</source>
        <translation>
            <numerusform>{file}: %n Datensatz ({format})</numerusform>
            <numerusform>{file}: %n Datensätze ({format})</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Imported {imported}, merged {merged}, already present {unchanged}, skipped {skipped}, numbers flagged {flagged}.</source>
        <translation>Importiert {imported}, zusammengeführt {merged}, schon vorhanden {unchanged}, übersprungen {skipped}, Nummern markiert {flagged}.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read (see above).</source>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden (siehe oben).</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden (siehe oben).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) set to {category}.</source>
        <translation>
            <numerusform>%n Kontakt auf {category} gesetzt.</numerusform>
            <numerusform>%n Kontakte auf {category} gesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>  source: {file}, line {line}, {format}, imported {at}</source>
        <translation>  Quelle: {file}, Zeile {line}, {format}, importiert {at}</translation>
    </message>
    <message>
        <source>Password of the CardDAV login {user}: </source>
        <translation>Passwort der CardDAV-Anmeldung {user}: </translation>
    </message>
    <message>
        <source>{name} has no CardDAV address book any more; cards already on the server stay there until you delete them.</source>
        <translation>{name} hat kein CardDAV-Adressbuch mehr; Karten, die schon auf dem Server liegen, bleiben dort, bis Sie sie löschen.</translation>
    </message>
    <message>
        <source>{name} publishes to the CardDAV address book {url} (login {user}).</source>
        <translation>{name} veröffentlicht in das CardDAV-Adressbuch {url} (Anmeldung {user}).</translation>
    </message>
    <message>
        <source>The password is kept in the system&apos;s secret store.</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>The password was not kept: it is asked at each publish (or taken from CONTACTVAULT_CARDDAV_PASSWORD).</source>
        <translation>Das Passwort wurde nicht aufbewahrt: Es wird bei jedem Veröffentlichen abgefragt (oder aus CONTACTVAULT_CARDDAV_PASSWORD genommen).</translation>
    </message>
    <message>
        <source>Added WhatsApp phone {name} ({platform}).</source>
        <translation>WhatsApp-Telefon {name} ({platform}) angelegt.</translation>
    </message>
    <message>
        <source>  CardDAV address book: {url} (login {user})</source>
        <translation>  CardDAV-Adressbuch: {url} (Anmeldung {user})</translation>
    </message>
    <message>
        <source>  exports: {count}</source>
        <translation>  Exporte: {count}</translation>
    </message>
    <message numerus="yes">
        <source>answer period %n day(s)</source>
        <translation>
            <numerusform>Antwortfrist %n Tag</numerusform>
            <numerusform>Antwortfrist %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  on the phone: %n number(s)</source>
        <translation>
            <numerusform>  auf dem Telefon: %n Nummer</numerusform>
            <numerusform>  auf dem Telefon: %n Nummern</numerusform>
        </translation>
    </message>
    <message>
        <source>(erased person)</source>
        <translation>(gelöschte Person)</translation>
    </message>
    <message>
        <source>  open removals: {count}</source>
        <translation>  offene Löschungen: {count}</translation>
    </message>
    <message>
        <source>needed unless --dry-run</source>
        <translation>nötig außer mit --dry-run</translation>
    </message>
    <message>
        <source>Already on the phone, left out: {count}</source>
        <translation>Schon auf dem Telefon, ausgelassen: {count}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n number(s) {of_contacts} for {device} to {path} (export {id}, SHA-256 {sha}).</source>
        <translation>
            <numerusform>%n Nummer {of_contacts} für {device} nach {path} geschrieben (Export {id}, SHA-256 {sha}).</numerusform>
            <numerusform>%n Nummern {of_contacts} für {device} nach {path} geschrieben (Export {id}, SHA-256 {sha}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n contact(s)</source>
        <translation>
            <numerusform>von %n Kontakt</numerusform>
            <numerusform>von %n Kontakten</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail with this export recorded: {head} (keep it; &apos;contactvault audit verify --expect&apos; checks against it)</source>
        <translation>Prüfprotokoll mit diesem Export: {head} (bewahren Sie den Stand auf; „contactvault audit verify --expect“ prüft dagegen)</translation>
    </message>
    <message numerus="yes">
        <source>Would export %n number(s) to {device} ({kind}):</source>
        <translation>
            <numerusform>Würde %n Nummer auf {device} exportieren ({kind}):</numerusform>
            <numerusform>Würde %n Nummern auf {device} exportieren ({kind}):</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy in force: {line}</source>
        <translation>Geltende Regel: {line}</translation>
    </message>
    <message>
        <source>also stored for: {names} (written once, under {name})</source>
        <translation>auch gespeichert bei: {names} (nur einmal übertragen, unter {name})</translation>
    </message>
    <message numerus="yes">
        <source>Would not export %n number(s):</source>
        <translation>
            <numerusform>Würde %n Nummer nicht exportieren:</numerusform>
            <numerusform>Würde %n Nummern nicht exportieren:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete from the phone ({count}):</source>
        <translation>Vom Telefon löschen ({count}):</translation>
    </message>
    <message>
        <source>(exported {at})</source>
        <translation>(exportiert {at})</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed %n removal(s).</source>
        <translation>
            <numerusform>%n Löschung bestätigt.</numerusform>
            <numerusform>%n Löschungen bestätigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to delete from {device}.</source>
        <translation>Auf {device} ist nichts zu löschen.</translation>
    </message>
    <message>
        <source>Route: {route}</source>
        <translation>Weg: {route}</translation>
    </message>
    <message>
        <source>Starting point: {start}</source>
        <translation>Ausgangslage: {start}</translation>
    </message>
    <message>
        <source>The procedure is complete.</source>
        <translation>Der Ablauf ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Als Nächstes: {step}</translation>
    </message>
    <message>
        <source>Recorded: {step} ({time}, {actor}).</source>
        <translation>Erfasst: {step} ({time}, {actor}).</translation>
    </message>
    <message>
        <source>give the exported file(s) and --phone-count (or --skip)</source>
        <translation>die exportierte(n) Datei(en) und --phone-count angeben (oder --skip)</translation>
    </message>
    <message numerus="yes">
        <source>The phone shows %n contact(s).</source>
        <translation>
            <numerusform>Das Telefon zeigt %n Kontakt.</numerusform>
            <numerusform>Das Telefon zeigt %n Kontakte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records read: {read}; {imported} new, {merged} merged (duplicates), {unchanged} already in the vault, {skipped} unreadable.</source>
        <translation>Gelesene Datensätze: {read}; {imported} neu, {merged} zusammengeführt (Dubletten), {unchanged} schon im Tresor, {skipped} unlesbar.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n contact(s) differ between phone and file: export again with all accounts (SIM, company account) before clearing the phone.</source>
        <translation>
            <numerusform>⚠ %n Kontakt unterscheidet sich zwischen Telefon und Datei: Exportieren Sie erneut mit allen Konten (SIM, Firmenkonto), bevor Sie das Telefon leeren.</numerusform>
            <numerusform>⚠ %n Kontakte unterscheiden sich zwischen Telefon und Datei: Exportieren Sie erneut mit allen Konten (SIM, Firmenkonto), bevor Sie das Telefon leeren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) still unclassified.</source>
        <translation>
            <numerusform>%n Kontakt hat noch keine Kategorie.</numerusform>
            <numerusform>%n Kontakte haben noch keine Kategorie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consented number(s), SHA-256 {sha256}.</source>
        <translation>
            <numerusform>%n Nummer mit Einwilligung, SHA-256 {sha256}.</numerusform>
            <numerusform>%n Nummern mit Einwilligung, SHA-256 {sha256}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written: {path}. It holds personal data: keep it safe and delete it once it has served its purpose.</source>
        <translation>Geschrieben: {path}. Die Datei enthält personenbezogene Daten: Bewahren Sie sie sicher auf und löschen Sie sie, sobald sie ihren Zweck erfüllt hat.</translation>
    </message>
    <message>
        <source>the audit trail head printed when the backup was written; refuses a backup that no longer holds it</source>
        <translation>der beim Schreiben der Sicherung ausgegebene Stand des Prüfprotokolls; eine Sicherung, die ihn nicht mehr enthält, wird abgelehnt</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Neue Passphrase: </translation>
    </message>
    <message>
        <source>Created an encrypted vault at {path}</source>
        <translation>Verschlüsselten Tresor angelegt: {path}</translation>
    </message>
    <message>
        <source>Passphrase remembered in the secret store ({store}).</source>
        <translation>Passphrase im Schlüsselbund gespeichert ({store}).</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Wiederholen: </translation>
    </message>
    <message>
        <source>the two entries differ</source>
        <translation>die beiden Eingaben unterscheiden sich</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Passphrase geändert.</translation>
    </message>
    <message>
        <source>The remembered passphrase was updated too.</source>
        <translation>Die gespeicherte Passphrase wurde ebenfalls aktualisiert.</translation>
    </message>
    <message>
        <source>Passphrase for the backup: </source>
        <translation>Passphrase für die Sicherung: </translation>
    </message>
    <message>
        <source>Encrypted backup written to {path}</source>
        <translation>Verschlüsselte Sicherung geschrieben: {path}</translation>
    </message>
    <message>
        <source>Audit trail in this backup: {head} (keep it with the backup; &apos;contactvault restore --expect&apos; checks against it)</source>
        <translation>Prüfprotokoll in dieser Sicherung: {head} (bewahren Sie den Stand mit der Sicherung auf; „contactvault restore --expect“ prüft dagegen)</translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>Passphrase der Sicherung: </translation>
    </message>
    <message>
        <source>Vault restored from {path}</source>
        <translation>Tresor wiederhergestellt aus {path}</translation>
    </message>
    <message>
        <source>Audit trail of the backup verified: {head}</source>
        <translation>Prüfprotokoll der Sicherung geprüft: {head}</translation>
    </message>
    <message>
        <source>The replaced vault was kept as {path}</source>
        <translation>Der ersetzte Tresor wurde aufbewahrt als {path}</translation>
    </message>
    <message>
        <source>The remembered passphrase did not fit the backup and was forgotten.</source>
        <translation>Die gespeicherte Passphrase passte nicht zur Sicherung und wurde entfernt.</translation>
    </message>
    <message>
        <source>The vault is intact.</source>
        <translation>Der Tresor ist unversehrt.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… und %n weiteres Problem.</numerusform>
            <numerusform>… und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault {path} is damaged.</source>
        <translation>Der Tresor {path} ist beschädigt.</translation>
    </message>
    <message>
        <source>Affected: the list of tables itself, so all of it.</source>
        <translation>Betroffen: das Verzeichnis der Tabellen selbst, also alles.</translation>
    </message>
    <message>
        <source>Affected tables:</source>
        <translation>Betroffene Tabellen:</translation>
    </message>
    <message>
        <source>Until it is restored the vault is read-only: contactvault writes nothing to it. What to do: restore the last backup with &apos;contactvault restore FILE&apos; (the damaged file is kept beside it), then check again.</source>
        <translation>Bis er wiederhergestellt ist, bleibt der Tresor schreibgeschützt: contactvault schreibt nichts hinein. Was zu tun ist: Stellen Sie die letzte Sicherung mit „contactvault restore DATEI“ wieder her (die beschädigte Datei wird daneben aufbewahrt) und prüfen Sie danach erneut.</translation>
    </message>
    <message>
        <source>Passphrase to remember: </source>
        <translation>Zu speichernde Passphrase: </translation>
    </message>
    <message>
        <source>Passphrase forgotten.</source>
        <translation>Passphrase entfernt.</translation>
    </message>
    <message>
        <source>Nothing was remembered.</source>
        <translation>Es war nichts gespeichert.</translation>
    </message>
    <message>
        <source>{key} is now {value}.</source>
        <translation>{key} ist jetzt {value}.</translation>
    </message>
    <message>
        <source>{key} was already {value}; nothing changed.</source>
        <translation>{key} war bereits {value}; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Geschrieben: {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Data-protection overview as of {time}</source>
        <translation>Datenschutz-Übersicht, Stand {time}</translation>
    </message>
    <message>
        <source>Audit trail head: {head}</source>
        <translation>Kopf des Prüfprotokolls: {head}</translation>
    </message>
    <message>
        <source>Contacts: {count} ({categories})</source>
        <translation>Kontakte: {count} ({categories})</translation>
    </message>
    <message>
        <source>Numbers: {count} ({statuses})</source>
        <translation>Nummern: {count} ({statuses})</translation>
    </message>
    <message>
        <source>Numbers on the WhatsApp phones: {phones}</source>
        <translation>Nummern auf den WhatsApp-Telefonen: {phones}</translation>
    </message>
    <message numerus="yes">
        <source>(oldest: %n day(s))</source>
        <translation>
            <numerusform>(älteste: %n Tag)</numerusform>
            <numerusform>(älteste: %n Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (--all or --json shows every entry)</source>
        <translation>
            <numerusform>… und %n weiterer (--all oder --json zeigt alle Einträge)</numerusform>
            <numerusform>… und %n weitere (--all oder --json zeigt alle Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the information for the person to {path}.</source>
        <translation>Die Auskunft für die Person wurde nach {path} geschrieben.</translation>
    </message>
    <message>
        <source>This file holds the person&apos;s data unencrypted: hand it over securely and delete it afterwards.</source>
        <translation>Diese Datei enthält die Daten der Person unverschlüsselt: Übergeben Sie sie sicher und löschen Sie sie danach.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>#{id} {name}</source>
        <translation>#{id} {name}</translation>
    </message>
    <message>
        <source>(also stored for another contact: kept for them)</source>
        <translation>(auch bei einem anderen Kontakt gespeichert: bleibt für diesen erhalten)</translation>
    </message>
    <message>
        <source>consent events: {events}, texts sent: {texts}, original records: {records}</source>
        <translation>Einwilligungsereignisse: {events}, gesendete Texte: {texts}, ursprüngliche Datensätze: {records}</translation>
    </message>
    <message>
        <source>received by the WhatsApp phones: {names}</source>
        <translation>erhalten von den WhatsApp-Telefonen: {names}</translation>
    </message>
    <message>
        <source>Erased #{id} {name} (erasure {erasure}, {at}, by {actor}).</source>
        <translation>#{id} {name} gelöscht (Löschung {erasure}, {at}, durch {actor}).</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entry(ies) from the phones now; afterwards the vault can no longer name them (the removal lists show them as erased):</source>
        <translation>
            <numerusform>Löschen Sie jetzt %n Eintrag von den Telefonen; danach kann der Tresor ihn nicht mehr nennen (die Löschlisten zeigen ihn als gelöscht):</numerusform>
            <numerusform>Löschen Sie jetzt %n Einträge von den Telefonen; danach kann der Tresor sie nicht mehr nennen (die Löschlisten zeigen sie als gelöscht):</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm each with: contactvault removals --device PHONE --confirm NUMBER (or erased:{erasure})</source>
        <translation>Bestätigen Sie jeden Eintrag mit: contactvault removals --device TELEFON --confirm NUMMER (oder erased:{erasure})</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) made before the erasure still hold the data; delete or erase them too:</source>
        <translation>
            <numerusform>%n Sicherung von vor der Löschung enthält die Daten noch; löschen Sie auch diese:</numerusform>
            <numerusform>%n Sicherungen von vor der Löschung enthalten die Daten noch; löschen Sie auch diese:</numerusform>
        </translation>
    </message>
    <message>
        <source>Would erase:</source>
        <translation>Würde löschen:</translation>
    </message>
    <message>
        <source>Erase for good:</source>
        <translation>Endgültig löschen:</translation>
    </message>
    <message>
        <source>Erase this person? Type yes:</source>
        <translation>Diese Person löschen? Geben Sie ja ein:</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) without activity for the retention period:</source>
        <translation>
            <numerusform>%n Kontakt ohne Aktivität während der Aufbewahrungsfrist:</numerusform>
            <numerusform>%n Kontakte ohne Aktivität während der Aufbewahrungsfrist:</numerusform>
        </translation>
    </message>
    <message>
        <source>(last activity {at})</source>
        <translation>(letzte Aktivität {at})</translation>
    </message>
    <message>
        <source>Erase all of them? Type yes:</source>
        <translation>Alle löschen? Geben Sie ja ein:</translation>
    </message>
    <message>
        <source>Restriction of #{id} lifted.</source>
        <translation>Einschränkung von #{id} aufgehoben.</translation>
    </message>
    <message>
        <source>#{id} is restricted since {at}: it stays off every WhatsApp phone until the restriction is lifted; numbers already on a phone are on its removal list.</source>
        <translation>#{id} ist seit {at} eingeschränkt: Der Kontakt kommt auf kein WhatsApp-Telefon, bis die Einschränkung aufgehoben ist; Nummern, die schon auf einem Telefon sind, stehen auf dessen Löschliste.</translation>
    </message>
    <message>
        <source>Objection recorded for {number} ({at}): consent revoked; a later implied consent no longer counts.</source>
        <translation>Widerspruch für {number} erfasst ({at}): Die Einwilligung ist widerrufen; eine spätere schlüssige Einwilligung (durch Verhalten) zählt nicht mehr.</translation>
    </message>
    <message>
        <source>Corrected {old} to {new} for #{id}; the old number is kept in the history.</source>
        <translation>{old} für #{id} zu {new} berichtigt; die alte Nummer bleibt im Verlauf erhalten.</translation>
    </message>
    <message>
        <source>at the person&apos;s request (GDPR Art. 17)</source>
        <translation>auf Wunsch der Person (Art. 17 DSGVO)</translation>
    </message>
    <message>
        <source>retention period passed</source>
        <translation>Aufbewahrungsfrist abgelaufen</translation>
    </message>
    <message>
        <source>erasure {id}: {at}, by {actor}, {reason}, {numbers} number(s)</source>
        <translation>Löschung {id}: {at}, durch {actor}, {reason}, Nummern: {numbers}</translation>
    </message>
    <message>
        <source>day first (29.11.26)</source>
        <translation>Tag vorne (29.11.26)</translation>
    </message>
    <message>
        <source>month first (11/29/26)</source>
        <translation>Monat vorne (11/29/26)</translation>
    </message>
    <message>
        <source>year first (2026-11-29)</source>
        <translation>Jahr vorne (2026-11-29)</translation>
    </message>
    <message numerus="yes">
        <source>WhatsApp chat ({platform}), %n message(s)</source>
        <translation>
            <numerusform>WhatsApp-Chat ({platform}), %n Nachricht</numerusform>
            <numerusform>WhatsApp-Chat ({platform}), %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Business: {business}; chat partner: {partner}</source>
        <translation>Betrieb: {business}; Gesprächspartner: {partner}</translation>
    </message>
    <message>
        <source>No consent events proposed.</source>
        <translation>Keine Einwilligungsereignisse vorgeschlagen.</translation>
    </message>
    <message>
        <source>why: {reason}</source>
        <translation>warum: {reason}</translation>
    </message>
    <message>
        <source>check: {reason}</source>
        <translation>prüfen: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n consent event(s) proposed:</source>
        <translation>
            <numerusform>%n Einwilligungsereignis vorgeschlagen:</numerusform>
            <numerusform>%n Einwilligungsereignisse vorgeschlagen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Added {number} as a new contact ({contact}, category customer).</source>
        <translation>{number} wurde als neuer Kontakt angelegt ({contact}, Kategorie Kunde).</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Es wurde nichts hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n consent event(s) for {number}:</source>
        <translation>
            <numerusform>%n Einwilligungsereignis für {number} erfasst:</numerusform>
            <numerusform>%n Einwilligungsereignisse für {number} erfasst:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) recorded before from this file, not added again:</source>
        <translation>
            <numerusform>%n Vorschlag schon früher aus dieser Datei erfasst, nicht erneut hinzugefügt:</numerusform>
            <numerusform>%n Vorschläge schon früher aus dieser Datei erfasst, nicht erneut hinzugefügt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) not recorded, to be checked first (accept by id if right):</source>
        <translation>
            <numerusform>%n Vorschlag nicht erfasst, zuerst zu prüfen (wenn richtig, über die Kennung übernehmen):</numerusform>
            <numerusform>%n Vorschläge nicht erfasst, zuerst zu prüfen (wenn richtig, über die Kennung übernehmen):</numerusform>
        </translation>
    </message>
    <message>
        <source>Date order: {order}</source>
        <translation>Datumsreihenfolge: {order}</translation>
    </message>
    <message>
        <source>Senders: {senders}</source>
        <translation>Absender: {senders}</translation>
    </message>
    <message>
        <source>From {first} to {last}</source>
        <translation>Vom {first} bis {last}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>cannot be told from the file; give --date-order day-first or month-first</source>
        <translation>aus der Datei nicht erkennbar; geben Sie --date-order day-first oder month-first an</translation>
    </message>
    <message>
        <source>(the dots suggest day first)</source>
        <translation>(die Punkte sprechen für Tag vorne)</translation>
    </message>
    <message>
        <source>from the dates in the file</source>
        <translation>aus den Daten in der Datei</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>wie angegeben</translation>
    </message>
    <message>
        <source>{device}: {problem}</source>
        <translation>{device}: {problem}</translation>
    </message>
    <message>
        <source>Published to {device} at once: deleted {deleted}, changed {replaced}; the phone syncs itself.</source>
        <translation>Sofort veröffentlicht für {device}: gelöscht {deleted}, geändert {replaced}; das Telefon gleicht sich selbst ab.</translation>
    </message>
    <message>
        <source>Due: {device}</source>
        <translation>Fällig: {device}</translation>
    </message>
    <message>
        <source>No phone&apos;s address book holds a number that must go.</source>
        <translation>Kein Adressbuch eines Telefons enthält eine Nummer, die entfernt werden muss.</translation>
    </message>
    <message>
        <source>Would publish to {device} ({url}): new {created}, changed {replaced}, deleted {deleted}, unchanged {kept}.</source>
        <translation>Geplante Veröffentlichung für {device} ({url}): neu {created}, geändert {replaced}, gelöscht {deleted}, unverändert {kept}.</translation>
    </message>
    <message numerus="yes">
        <source>{device}&apos;s address book already holds exactly its %n eligible card(s); nothing changed.</source>
        <translation>
            <numerusform>Das Adressbuch von {device} enthält schon genau seine %n zulässige Karte; nichts geändert.</numerusform>
            <numerusform>Das Adressbuch von {device} enthält schon genau seine %n zulässigen Karten; nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Published to {device} ({url}): new {created}, changed {replaced}, deleted {deleted}, unchanged {kept} (export {id}).</source>
        <translation>Für {device} ({url}) veröffentlicht: neu {created}, geändert {replaced}, gelöscht {deleted}, unverändert {kept} (Export {id}).</translation>
    </message>
    <message>
        <source>(a card contactvault did not write)</source>
        <translation>(eine Karte, die nicht von contactvault stammt)</translation>
    </message>
    <message>
        <source>The phone takes the changes at its next sync. Audit trail with this publish recorded: {head}</source>
        <translation>Das Telefon übernimmt die Änderungen beim nächsten Abgleich. Prüfprotokoll mit dieser Veröffentlichung: {head}</translation>
    </message>
    <message>
        <source>Running; Ctrl-C stops the server.</source>
        <translation>Läuft; Strg+C beendet den Server.</translation>
    </message>
    <message>
        <source>contactvault: the server&apos;s certificate or key in {folder} cannot be used. Delete that folder and start the server again to have a new certificate made (the phones must then accept the new one).</source>
        <translation>contactvault: Das Zertifikat oder der Schlüssel des Servers in {folder} ist nicht verwendbar. Löschen Sie diesen Ordner und starten Sie den Server erneut, damit ein neues Zertifikat erstellt wird (die Telefone müssen das neue dann akzeptieren).</translation>
    </message>
    <message>
        <source>contactvault: port {port} is in use by another program; choose another with --port.</source>
        <translation>contactvault: Port {port} wird von einem anderen Programm benutzt; wählen Sie mit --port einen anderen.</translation>
    </message>
    <message>
        <source>contactvault: the server could not listen on port {port} of this PC.</source>
        <translation>contactvault: Der Server konnte auf Port {port} dieses PCs nicht empfangen.</translation>
    </message>
    <message>
        <source>The server stopped.</source>
        <translation>Der Server wurde beendet.</translation>
    </message>
    <message>
        <source>CardDAV server for the WhatsApp phones: https://{address}:{port}/</source>
        <translation>CardDAV-Server für die WhatsApp-Telefone: https://{address}:{port}/</translation>
    </message>
    <message>
        <source>Its certificate (compare on the phone), SHA-256: {fingerprint}</source>
        <translation>Sein Zertifikat (auf dem Telefon vergleichen), SHA-256: {fingerprint}</translation>
    </message>
    <message>
        <source>{device}: login {login}, password {password}</source>
        <translation>{device}: Anmeldung {login}, Passwort {password}</translation>
    </message>
    <message>
        <source>Android (DAVx5): add an account with URL and user name: {url} (or scan the code), accept the certificate if its fingerprint matches.</source>
        <translation>Android (DAVx5): Konto mit URL und Benutzername hinzufügen: {url} (oder den Code scannen); das Zertifikat annehmen, wenn sein Fingerabdruck übereinstimmt.</translation>
    </message>
    <message>
        <source>iPhone: open {profile} on the iPhone (AirDrop or e-mail), install it, enter the password.</source>
        <translation>iPhone: {profile} auf dem iPhone öffnen (AirDrop oder E-Mail), installieren und das Passwort eingeben.</translation>
    </message>
    <message>
        <source>{device} publishes to another CardDAV server; left as it is.</source>
        <translation>{device} veröffentlicht auf einen anderen CardDAV-Server; bleibt, wie es ist.</translation>
    </message>
</context>
<context>
    <name>ColumnField</name>
    <message>
        <source>full name</source>
        <translation>vollständiger Name</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>zweiter Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>name prefix</source>
        <translation>Anrede/Titel</translation>
    </message>
    <message>
        <source>name suffix</source>
        <translation>Namenszusatz</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>What each column holds, shown over the first rows. Change a column&apos;s field where it was not recognised; a column with phone numbers is needed.</source>
        <translation>Was jede Spalte enthält, gezeigt an den ersten Zeilen. Ändern Sie das Feld einer Spalte, wo es nicht erkannt wurde; eine Spalte mit Telefonnummern ist nötig.</translation>
    </message>
    <message>
        <source>Table file</source>
        <translation>Tabellendatei</translation>
    </message>
    <message>
        <source>Columns and first rows</source>
        <translation>Spalten und erste Zeilen</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Field of column %1</source>
        <translation>Feld der Spalte %1</translation>
    </message>
    <message>
        <source>No column holds phone numbers in %1. Choose the column with the numbers (field “phone number”); until then the file cannot be imported.</source>
        <translation>Keine Spalte enthält Telefonnummern in %1. Wählen Sie für die Spalte mit den Nummern das Feld „Telefonnummer“; bis dahin kann die Datei nicht importiert werden.</translation>
    </message>
    <message>
        <source>Every table has a column with phone numbers.</source>
        <translation>Jede Tabelle hat eine Spalte mit Telefonnummern.</translation>
    </message>
</context>
<context>
    <name>Company</name>
    <message>
        <source>company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>postal address of the business</source>
        <translation>Anschrift des Betriebs</translation>
    </message>
    <message>
        <source>person responsible</source>
        <translation>verantwortliche Person</translation>
    </message>
    <message>
        <source>contact for data-protection questions</source>
        <translation>Kontakt für Datenschutzfragen</translation>
    </message>
    <message>
        <source>web address of the privacy policy</source>
        <translation>Webadresse der Datenschutzerklärung</translation>
    </message>
    <message>
        <source>name of the data-protection officer</source>
        <translation>Name der oder des Datenschutzbeauftragten</translation>
    </message>
    <message>
        <source>contact of the data-protection officer</source>
        <translation>Kontakt der oder des Datenschutzbeauftragten</translation>
    </message>
    <message>
        <source>answer period in days</source>
        <translation>Antwortfrist in Tagen</translation>
    </message>
    <message>
        <source>the protocol</source>
        <translation>das Protokoll</translation>
    </message>
    <message>
        <source>the information notice</source>
        <translation>den Datenschutzhinweis</translation>
    </message>
    <message>
        <source>the revocation confirmation</source>
        <translation>die Widerrufsbestätigung</translation>
    </message>
    <message>
        <source>the data-protection documents</source>
        <translation>die Datenschutz-Unterlagen</translation>
    </message>
    <message>
        <source>Missing for {document}: the {field}. Set it with: contactvault settings set {key} &quot;…&quot;</source>
        <translation>Für {document} fehlt: {field}. Tragen Sie es ein mit: contactvault settings set {key} „…“</translation>
    </message>
    <message>
        <source>Without a data-protection officer: contactvault settings set dpo.none true</source>
        <translation>Ohne Datenschutzbeauftragte(n): contactvault settings set dpo.none true</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>&amp;Save and continue</source>
        <translation>&amp;Speichern und weiter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Your business&apos;s details, as the protocol, the information notice and the data-protection documents name them. They are kept in the vault.</source>
        <translation>Die Angaben zu Ihrem Betrieb, wie das Protokoll, der Datenschutzhinweis und die Datenschutz-Unterlagen sie nennen. Sie werden im Tresor gespeichert.</translation>
    </message>
    <message>
        <source>For %1, these details are still missing: %2. They are kept in the vault and used in every document.</source>
        <translation>Für %1 fehlen noch diese Angaben: %2. Sie werden im Tresor gespeichert und in jedem Dokument verwendet.</translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <translation>Bitte tragen Sie ein: %1.</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Ihr Betrieb</translation>
    </message>
    <message>
        <source>The business (the controller)</source>
        <translation>Der Betrieb (der Verantwortliche)</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Firmenname:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>e.g. Joinery Holz Ltd</source>
        <translation>z. B. Tischlerei Holz GmbH</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Anschrift:</translation>
    </message>
    <message>
        <source>Postal address of the business</source>
        <translation>Anschrift des Betriebs</translation>
    </message>
    <message>
        <source>Street, postcode and town</source>
        <translation>Straße, Postleitzahl und Ort</translation>
    </message>
    <message>
        <source>&amp;Person responsible:</source>
        <translation>&amp;Verantwortliche Person:</translation>
    </message>
    <message>
        <source>Person responsible at the business</source>
        <translation>Verantwortliche Person im Betrieb</translation>
    </message>
    <message>
        <source>e.g. the owner or managing director</source>
        <translation>z. B. Inhaber/in oder Geschäftsführer/in</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>Contact for data-protection questions</source>
        <translation>Kontakt für Datenschutzfragen</translation>
    </message>
    <message>
        <source>Phone or e-mail for data-protection questions</source>
        <translation>Telefon oder E-Mail für Datenschutzfragen</translation>
    </message>
    <message>
        <source>Privacy polic&amp;y:</source>
        <translation>&amp;Datenschutzerklärung:</translation>
    </message>
    <message>
        <source>No &amp;data-protection officer appointed (not required for this business)</source>
        <translation>Keine(n) Datenschutzbeauftragte(n) &amp;benannt (für diesen Betrieb nicht vorgeschrieben)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Web address of the privacy policy</source>
        <translation>Webadresse der Datenschutzerklärung</translation>
    </message>
    <message>
        <source>Data-protection officer</source>
        <translation>Datenschutzbeauftragte(r)</translation>
    </message>
    <message>
        <source>Name of the data-protection officer</source>
        <translation>Name der oder des Datenschutzbeauftragten</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>K&amp;ontakt:</translation>
    </message>
    <message>
        <source>Contact of the data-protection officer</source>
        <translation>Kontakt der oder des Datenschutzbeauftragten</translation>
    </message>
    <message>
        <source>E-mail, phone or address</source>
        <translation>E-Mail, Telefon oder Anschrift</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>consent requested</source>
        <translation>Einwilligung angefragt</translation>
    </message>
    <message>
        <source>information notice sent</source>
        <translation>Datenschutzhinweis gesendet</translation>
    </message>
    <message>
        <source>implied consent by conduct (customer wrote first)</source>
        <translation>schlüssige Einwilligung (durch Verhalten; Kunde schrieb zuerst)</translation>
    </message>
    <message>
        <source>consent granted</source>
        <translation>Einwilligung erteilt</translation>
    </message>
    <message>
        <source>consent revoked</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>consent expired</source>
        <translation>Einwilligung abgelaufen</translation>
    </message>
    <message>
        <source>objection (GDPR Art. 21)</source>
        <translation>Widerspruch (Art. 21 DSGVO)</translation>
    </message>
    <message>
        <source>consent (GDPR Art. 6(1)(a))</source>
        <translation>Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)</translation>
    </message>
    <message>
        <source>contract (GDPR Art. 6(1)(b))</source>
        <translation>Vertrag (Art. 6 Abs. 1 lit. b DSGVO)</translation>
    </message>
    <message>
        <source>legitimate interest (GDPR Art. 6(1)(f))</source>
        <translation>berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO)</translation>
    </message>
    <message>
        <source>employee&apos;s own business number</source>
        <translation>dienstliche Nummer des Mitarbeiters</translation>
    </message>
    <message>
        <source>service communication</source>
        <translation>Service-Kommunikation</translation>
    </message>
    <message>
        <source>advertising</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>Papierformular</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>Webformular</translation>
    </message>
</context>
<context>
    <name>ConsentActions</name>
    <message>
        <source>Recorded.</source>
        <translation>Erfasst.</translation>
    </message>
    <message>
        <source>Recorded, but the number may not go onto a WhatsApp phone: %1.</source>
        <translation>Erfasst, aber die Nummer darf nicht auf ein WhatsApp-Telefon: %1.</translation>
    </message>
    <message>
        <source>Information notice</source>
        <translation>Datenschutzhinweis</translation>
    </message>
    <message>
        <source>The information notice for %1 (%2) is on the clipboard. Paste it into the WhatsApp chat and send it.

Was it sent?</source>
        <translation>Der Datenschutzhinweis für %1 (%2) ist in der Zwischenablage. Fügen Sie ihn in den WhatsApp-Chat ein und senden Sie ihn.

Wurde er gesendet?</translation>
    </message>
    <message>
        <source>Nothing recorded: the notice counts only once it was sent.</source>
        <translation>Nichts erfasst: Der Hinweis zählt erst, wenn er gesendet wurde.</translation>
    </message>
    <message>
        <source>Recorded: the information notice (%1) was sent on %2.</source>
        <translation>Erfasst: Der Datenschutzhinweis (%1) wurde am %2 gesendet.</translation>
    </message>
    <message>
        <source>%1, tag %2</source>
        <translation>%1, Kürzel %2</translation>
    </message>
    <message>
        <source>Revocation recorded</source>
        <translation>Widerruf erfasst</translation>
    </message>
    <message>
        <source>The revocation was recorded. The number goes onto the removal list of every WhatsApp phone that holds it.

Copy a confirmation text for the customer to the clipboard?</source>
        <translation>Der Widerruf wurde erfasst. Die Nummer kommt auf die Löschliste jedes WhatsApp-Telefons, auf dem sie ist.

Einen Bestätigungstext für den Kunden in die Zwischenablage kopieren?</translation>
    </message>
    <message>
        <source>Copy confirmation</source>
        <translation>Bestätigung kopieren</translation>
    </message>
    <message>
        <source>Revocation recorded.</source>
        <translation>Widerruf erfasst.</translation>
    </message>
    <message>
        <source>The confirmation for %1 (%2) is on the clipboard. Paste it into the chat and send it.

Was it sent?</source>
        <translation>Die Bestätigung für %1 (%2) ist in der Zwischenablage. Fügen Sie sie in den Chat ein und senden Sie sie.

Wurde sie gesendet?</translation>
    </message>
    <message>
        <source>Revocation recorded. The confirmation was not recorded as sent.</source>
        <translation>Widerruf erfasst. Die Bestätigung wurde nicht als gesendet erfasst.</translation>
    </message>
    <message>
        <source>Revocation recorded; the confirmation was sent on %1.</source>
        <translation>Widerruf erfasst; die Bestätigung wurde am %1 gesendet.</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Widerruf</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>%1, number %2</source>
        <translation>%1, Nummer %2</translation>
    </message>
    <message>
        <source>Record revocation</source>
        <translation>Widerruf erfassen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Einwilligung erfassen</translation>
    </message>
    <message>
        <source>Attach files as evidence</source>
        <translation>Dateien als Nachweis anhängen</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.jpeg *.heic *.webp *.pdf *.txt *.eml);;All files (*)</source>
        <translation>Bilder und Dokumente (*.png *.jpg *.jpeg *.heic *.webp *.pdf *.txt *.eml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Was ist geschehen:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was ist geschehen</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Rechtsgrundlage:</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>What the customer agreed to: service messages, or also advertising (advertising needs its own explicit consent).</source>
        <translation>Wozu der Kunde eingewilligt hat: Service-Nachrichten oder auch Werbung (Werbung verlangt eine eigene ausdrückliche Einwilligung).</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>W&amp;eg:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Date and time it happened</source>
        <translation>Datum und Uhrzeit des Ereignisses</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>Zeit&amp;punkt:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Nachweis:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>For example: replied &quot;Yes&quot; on WhatsApp; signed form in the customer file</source>
        <translation>Zum Beispiel: hat auf WhatsApp mit „Ja“ geantwortet; unterschriebenes Formular in der Kundenakte</translation>
    </message>
    <message>
        <source>Attached &amp;files:</source>
        <translation>Angehängte &amp;Dateien:</translation>
    </message>
    <message>
        <source>Files kept as evidence</source>
        <translation>Als Nachweis verwahrte Dateien</translation>
    </message>
    <message>
        <source>Kept encrypted inside the vault, with name, size and SHA-256</source>
        <translation>Verschlüsselt im Tresor verwahrt, mit Name, Größe und SHA-256</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>Datei &amp;anhängen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The information &amp;notice was handed over with the request (e.g. on the signed form)</source>
        <translation>Der Datenschutz&amp;hinweis wurde mit der Anfrage übergeben (z. B. auf dem unterschriebenen Formular)</translation>
    </message>
    <message>
        <source>Consent counts only if the customer had the information notice: sent before, or handed over with the request.</source>
        <translation>Eine Einwilligung zählt nur, wenn der Kunde den Datenschutzhinweis hatte: vorher gesendet oder mit der Anfrage übergeben.</translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Category changed.</source>
        <translation>Kategorie geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Category changed for %n contact(s).</source>
        <translation>
            <numerusform>Kategorie für %n Kontakt geändert.</numerusform>
            <numerusform>Kategorie für %n Kontakte geändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactEditDialog</name>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>A contact needs a name or an organisation.</source>
        <translation>Ein Kontakt braucht einen Namen oder eine Organisation.</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Angezeigter &amp;Name:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Angezeigter Name</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>Nach&amp;name:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
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
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Notice &amp;language:</source>
        <translation>&amp;Sprache für Hinweise:</translation>
    </message>
    <message>
        <source>Notice language</source>
        <translation>Sprache für Hinweise</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Phone &amp;numbers:</source>
        <translation>&amp;Telefonnummern:</translation>
    </message>
    <message>
        <source>Phone numbers, one per line</source>
        <translation>Telefonnummern, eine pro Zeile</translation>
    </message>
    <message>
        <source>One number per line</source>
        <translation>Eine Nummer pro Zeile</translation>
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
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>keine Einwilligung</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>angefragt</translation>
    </message>
    <message>
        <source>notice not sent</source>
        <translation>Hinweis fehlt</translation>
    </message>
    <message>
        <source>implied only</source>
        <translation>nur schlüssig</translation>
    </message>
    <message>
        <source>consent without notice</source>
        <translation>Einwilligung ohne Hinweis</translation>
    </message>
    <message>
        <source>basis not allowed</source>
        <translation>Grundlage nicht zugelassen</translation>
    </message>
    <message>
        <source>no advertising consent</source>
        <translation>keine Werbeeinwilligung</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>under another contact</source>
        <translation>bei anderem Kontakt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Nummer</translation>
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
        <translation>Suchen nach Name, Organisation oder Nummer (Strg+F)</translation>
    </message>
    <message>
        <source>Filter contacts</source>
        <translation>Kontakte filtern</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Show &amp;all contacts</source>
        <translation>&amp;Alle Kontakte anzeigen</translation>
    </message>
    <message>
        <source>Showing the list: %1</source>
        <translation>Angezeigt wird die Liste: %1</translation>
    </message>
    <message>
        <source>Loading contacts…</source>
        <translation>Kontakte werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <source>No secret store of the system is available: %1</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: %1</translation>
    </message>
    <message>
        <source>Where should the vault be stored?</source>
        <translation>Wo soll der Tresor gespeichert werden?</translation>
    </message>
    <message>
        <source>contactvault vaults (*.cvault)</source>
        <translation>contactvault-Tresore (*.cvault)</translation>
    </message>
    <message>
        <source>At least %1 characters are needed.</source>
        <translation>Mindestens %1 Zeichen sind nötig.</translation>
    </message>
    <message>
        <source>Weak: a longer passphrase of several words is much safer.</source>
        <translation>Schwach: Eine längere Passphrase aus mehreren Wörtern ist viel sicherer.</translation>
    </message>
    <message>
        <source>Fair: adding another word makes it much stronger.</source>
        <translation>Mittel: Ein weiteres Wort macht sie viel stärker.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Gut.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Die beiden Eingaben unterscheiden sich.</translation>
    </message>
    <message>
        <source>Passphrase not remembered</source>
        <translation>Passphrase nicht gespeichert</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Neuen Tresor anlegen</translation>
    </message>
    <message>
        <source>All contacts are kept in one encrypted file. Choose a passphrase you can remember; without it nobody, including you, can open the vault.</source>
        <translation>Alle Kontakte liegen in einer verschlüsselten Datei. Wählen Sie eine Passphrase, die Sie sich merken können; ohne sie kann niemand den Tresor öffnen, auch Sie nicht.</translation>
    </message>
    <message>
        <source>Vault file:</source>
        <translation>Tresordatei:</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>Tresordatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
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
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>Re&amp;member in the system&apos;s secret store</source>
        <translation>Im Schlüsselbund des Systems &amp;merken</translation>
    </message>
</context>
<context>
    <name>Damage</name>
    <message>
        <source>the vault&apos;s own data (version, identity)</source>
        <translation>die eigenen Daten des Tresors (Version, Kennung)</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>the original records of imports</source>
        <translation>die Originaleinträge der Importe</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>das Prüfprotokoll</translation>
    </message>
    <message>
        <source>consent records</source>
        <translation>Einwilligungsereignisse</translation>
    </message>
    <message>
        <source>WhatsApp phones</source>
        <translation>WhatsApp-Telefone</translation>
    </message>
    <message>
        <source>exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <source>the numbers of each export</source>
        <translation>die Nummern jedes Exports</translation>
    </message>
    <message>
        <source>confirmed removals from phones</source>
        <translation>bestätigte Löschungen von Telefonen</translation>
    </message>
    <message>
        <source>the temporary permission to erase records</source>
        <translation>die vorübergehende Erlaubnis, Einträge zu löschen</translation>
    </message>
    <message>
        <source>messages sent to contacts</source>
        <translation>an Kontakte gesendete Nachrichten</translation>
    </message>
    <message>
        <source>procedure records</source>
        <translation>Verfahrensprotokolle</translation>
    </message>
    <message>
        <source>procedure steps</source>
        <translation>Verfahrensschritte</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Numbers on a WhatsApp phone without valid consent today</source>
        <translation>Nummern auf einem WhatsApp-Telefon ohne heute gültige Einwilligung</translation>
    </message>
    <message>
        <source>Open removals per phone</source>
        <translation>Offene Löschungen je Telefon</translation>
    </message>
    <message>
        <source>Implied consent whose information notice was not sent</source>
        <translation>Schlüssige Einwilligung, Datenschutzhinweis nicht gesendet</translation>
    </message>
    <message>
        <source>Consent recorded without the information notice</source>
        <translation>Einwilligung ohne Datenschutzhinweis erfasst</translation>
    </message>
    <message>
        <source>Consent older than the re-confirmation age</source>
        <translation>Einwilligung älter als die Frist für die erneute Bestätigung</translation>
    </message>
    <message>
        <source>Contacts past the retention period</source>
        <translation>Kontakte über der Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>Contacts not yet classified</source>
        <translation>Noch nicht eingeordnete Kontakte</translation>
    </message>
    <message>
        <source>Phones whose procedure is not done</source>
        <translation>Telefone mit nicht abgeschlossenem Verfahren</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) must be deleted from this phone</source>
        <translation>
            <numerusform>%n Nummer muss von diesem Telefon gelöscht werden</numerusform>
            <numerusform>%n Nummern müssen von diesem Telefon gelöscht werden</numerusform>
        </translation>
    </message>
    <message>
        <source>last activity on {date}</source>
        <translation>letzte Aktivität am {date}</translation>
    </message>
    <message>
        <source>stored since {date}</source>
        <translation>gespeichert seit {date}</translation>
    </message>
    <message>
        <source>procedure not started</source>
        <translation>Verfahren nicht begonnen</translation>
    </message>
    <message>
        <source>procedure started on {date}, not done</source>
        <translation>Verfahren am {date} begonnen, nicht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a contact to see its numbers and consent history.

Ctrl+F finds a contact, Ctrl+I imports an address book, Ctrl+E exports for the WhatsApp phone.</source>
        <translation>Wählen Sie einen Kontakt, um seine Nummern und den Verlauf der Einwilligungen zu sehen.

Strg+F sucht einen Kontakt, Strg+I importiert ein Adressbuch, Strg+E exportiert für das WhatsApp-Telefon.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Data protection…</source>
        <translation>&amp;Datenschutz…</translation>
    </message>
    <message>
        <source>Access, rectification, restriction, objection and erasure (GDPR)</source>
        <translation>Auskunft, Berichtigung, Einschränkung, Widerspruch und Löschung (DSGVO)</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>Numbers and consent history</source>
        <translation>Nummern und Verlauf der Einwilligungen</translation>
    </message>
    <message>
        <source>Number / event</source>
        <translation>Nummer / Ereignis</translation>
    </message>
    <message>
        <source>WhatsApp status</source>
        <translation>WhatsApp-Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>&amp;Einwilligung erfassen…</translation>
    </message>
    <message>
        <source>Send &amp;notice…</source>
        <translation>&amp;Hinweis senden…</translation>
    </message>
    <message>
        <source>Copies the information notice in the contact&apos;s language to the clipboard, then asks whether and when you sent it</source>
        <translation>Kopiert den Datenschutzhinweis in der Sprache des Kontakts in die Zwischenablage und fragt dann, ob und wann Sie ihn gesendet haben</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerruf…</translation>
    </message>
    <message>
        <source>E&amp;vidence…</source>
        <translation>Nach&amp;weise…</translation>
    </message>
    <message>
        <source>What is kept with the chosen event: the exact text sent, and files (a screenshot of the chat, a scanned form) to list, attach or save a copy of</source>
        <translation>Was mit dem gewählten Ereignis verwahrt ist: der genau so gesendete Text und Dateien (ein Bildschirmfoto des Chats, ein eingescanntes Formular) – ansehen, anhängen oder als Kopie speichern</translation>
    </message>
    <message>
        <source>Copy n&amp;umber</source>
        <translation>N&amp;ummer kopieren</translation>
    </message>
    <message>
        <source>From a WhatsApp c&amp;hat…</source>
        <translation>Aus W&amp;hatsApp-Chat…</translation>
    </message>
    <message>
        <source>Record the consent events of an exported WhatsApp chat with this contact</source>
        <translation>Die Einwilligungsereignisse eines exportierten WhatsApp-Chats mit diesem Kontakt erfassen</translation>
    </message>
    <message>
        <source>Numbers and consent:</source>
        <translation>Nummern und Einwilligungen:</translation>
    </message>
    <message>
        <source>New category for the selected contacts</source>
        <translation>Neue Kategorie für die ausgewählten Kontakte</translation>
    </message>
    <message>
        <source>&amp;Set category</source>
        <translation>Kategorie &amp;setzen</translation>
    </message>
    <message>
        <source>Category for all selected:</source>
        <translation>Kategorie für alle ausgewählten:</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) selected</source>
        <translation>
            <numerusform>%n Kontakt ausgewählt</numerusform>
            <numerusform>%n Kontakte ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached</source>
        <translation>
            <numerusform>%n Datei angehängt</numerusform>
            <numerusform>%n Dateien angehängt</numerusform>
        </translation>
    </message>
    <message>
        <source>notice handed over</source>
        <translation>Datenschutzhinweis übergeben</translation>
    </message>
    <message>
        <source>recorded %1 by %2</source>
        <translation>erfasst %1 von %2</translation>
    </message>
    <message>
        <source>%1 (%2, SHA-256 %3)</source>
        <translation>%1 (%2, SHA-256 %3)</translation>
    </message>
    <message numerus="yes">
        <source>The number was copied; the clipboard is cleared after %n second(s) or when the vault locks.</source>
        <translation>
            <numerusform>Die Nummer wurde kopiert; die Zwischenablage wird nach %n Sekunde oder beim Sperren geleert.</numerusform>
            <numerusform>Die Nummer wurde kopiert; die Zwischenablage wird nach %n Sekunden oder beim Sperren geleert.</numerusform>
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
        <translation>anderes</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Which WhatsApp phone?</source>
        <translation>Welches WhatsApp-Telefon?</translation>
    </message>
    <message>
        <source>Only numbers whose consent allows it go onto the phone. Everyone else stays in the vault.</source>
        <translation>Nur Nummern, deren Einwilligung es erlaubt, kommen auf das Telefon. Alle anderen bleiben im Tresor.</translation>
    </message>
    <message>
        <source>WhatsApp phone</source>
        <translation>WhatsApp-Telefon</translation>
    </message>
    <message>
        <source>&amp;New phone…</source>
        <translation>&amp;Neues Telefon…</translation>
    </message>
    <message>
        <source>&amp;Incremental: only contacts that are not on the phone yet</source>
        <translation>&amp;Ergänzend: nur Kontakte, die noch nicht auf dem Telefon sind</translation>
    </message>
    <message>
        <source>&amp;Full: every allowed contact (for an empty address book)</source>
        <translation>&amp;Vollständig: alle erlaubten Kontakte (für ein leeres Adressbuch)</translation>
    </message>
    <message>
        <source>Progress of the review</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>WhatsApp phone:</source>
        <translation>WhatsApp-Telefon:</translation>
    </message>
    <message>
        <source>New WhatsApp phone</source>
        <translation>Neues WhatsApp-Telefon</translation>
    </message>
    <message>
        <source>A name for the phone (for example &quot;Workshop phone&quot;):</source>
        <translation>Ein Name für das Telefon (zum Beispiel „Werkstatt-Handy“):</translation>
    </message>
    <message>
        <source>Working out who may go onto the phone…</source>
        <translation>Es wird ermittelt, wer auf das Telefon darf…</translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message>
        <source>WhatsApp phones</source>
        <translation>WhatsApp-Telefone</translation>
    </message>
    <message>
        <source>&amp;New phone…</source>
        <translation>&amp;Neues Telefon…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Address book and publishing…</source>
        <translation>&amp;Adressbuch und Veröffentlichung…</translation>
    </message>
    <message>
        <source>WhatsApp phones:</source>
        <translation>WhatsApp-Telefone:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Delete these numbers from the phone&apos;s address book, then confirm each one.</source>
        <translation>Löschen Sie diese Nummern aus dem Adressbuch des Telefons und bestätigen Sie danach jede einzelne.</translation>
    </message>
    <message>
        <source>&amp;Removed from the phone</source>
        <translation>Vom Telefon &amp;gelöscht</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>Liste &amp;kopieren</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Removed from the server</source>
        <translation>Vom Server entfernt</translation>
    </message>
    <message>
        <source>On the phone</source>
        <translation>Auf dem Telefon</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Bisherige Exporte</translation>
    </message>
    <message>
        <source>Open removals</source>
        <translation>Offene Löschungen</translation>
    </message>
    <message>
        <source>WhatsApp phones are not available yet.</source>
        <translation>WhatsApp-Telefone sind noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>No WhatsApp phone yet</source>
        <translation>Noch kein WhatsApp-Telefon</translation>
    </message>
    <message>
        <source>Create a profile for the dedicated WhatsApp phone, then export the consented contacts for it.</source>
        <translation>Legen Sie ein Profil für das eigene WhatsApp-Telefon an und exportieren Sie dann die Kontakte mit Einwilligung dafür.</translation>
    </message>
    <message>
        <source>Publish to the address book to take these off the server, the phone drops them at its next sync; a number a file export put on the phone, delete there by hand and confirm.</source>
        <translation>Veröffentlichen Sie das Adressbuch, damit diese Nummern vom Server gehen; das Telefon entfernt sie beim nächsten Abgleich. Eine Nummer, die ein Dateiexport auf das Telefon gebracht hat, löschen Sie dort von Hand und bestätigen sie.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) on the phone</source>
        <translation>
            <numerusform>%n Nummer auf dem Telefon</numerusform>
            <numerusform>%n Nummern auf dem Telefon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n export(s)</source>
        <translation>
            <numerusform>%n Export</numerusform>
            <numerusform>%n Exporte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open removal(s)</source>
        <translation>
            <numerusform>%n offene Löschung</numerusform>
            <numerusform>%n offene Löschungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) removed from the server</source>
        <translation>
            <numerusform>%n Nummer vom Server entfernt</numerusform>
            <numerusform>%n Nummern vom Server entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Open removals (%1)</source>
        <translation>Offene Löschungen (%1)</translation>
    </message>
    <message>
        <source>New WhatsApp phone</source>
        <translation>Neues WhatsApp-Telefon</translation>
    </message>
    <message>
        <source>A name for the phone (for example &quot;Workshop phone&quot;):</source>
        <translation>Ein Name für das Telefon (zum Beispiel „Werkstatt-Handy“):</translation>
    </message>
    <message>
        <source>Choose a phone first.</source>
        <translation>Wählen Sie zuerst ein Telefon.</translation>
    </message>
    <message>
        <source>Select the numbers you deleted from the phone.</source>
        <translation>Wählen Sie die Nummern, die Sie vom Telefon gelöscht haben.</translation>
    </message>
    <message numerus="yes">
        <source>%n removal(s) confirmed.</source>
        <translation>
            <numerusform>%n Löschung bestätigt.</numerusform>
            <numerusform>%n Löschungen bestätigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The removal list is on the clipboard.</source>
        <translation>Die Löschliste ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>(erased person)</source>
        <translation>(gelöschte Person)</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>Liste &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Numbers written: %1
File: %2

%3</source>
        <translation>Nummern geschrieben: %1
Datei: %2

%3</translation>
    </message>
    <message>
        <source>Audit trail with this export recorded: %1 (keep this line; it shows later whether the record was changed)</source>
        <translation>Prüfprotokoll mit diesem Export: %1 (bewahren Sie diese Zeile auf; mit ihr lässt sich später zeigen, ob die Aufzeichnungen verändert wurden)</translation>
    </message>
    <message>
        <source>Delete these numbers from the phone&apos;s address book (consent revoked or contact erased). Confirm each one afterwards under &quot;WhatsApp phones&quot;.</source>
        <translation>Löschen Sie diese Nummern aus dem Adressbuch des Telefons (Einwilligung widerrufen oder Kontakt gelöscht). Bestätigen Sie danach jede einzelne unter „WhatsApp-Telefone“.</translation>
    </message>
    <message>
        <source>Nothing has to be removed from the phone.</source>
        <translation>Vom Telefon muss nichts gelöscht werden.</translation>
    </message>
    <message>
        <source>Removal list for %1</source>
        <translation>Löschliste für %1</translation>
    </message>
</context>
<context>
    <name>DpoView</name>
    <message>
        <source>Data protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>D&amp;okumente</translation>
    </message>
    <message>
        <source>Consent register for Excel (CSV)…</source>
        <translation>Einwilligungsregister für Excel (CSV) …</translation>
    </message>
    <message>
        <source>Consent register (PDF)…</source>
        <translation>Einwilligungsregister (PDF) …</translation>
    </message>
    <message>
        <source>Record of processing, GDPR Art. 30 (PDF)…</source>
        <translation>Verarbeitungsverzeichnis, Art. 30 DSGVO (PDF) …</translation>
    </message>
    <message>
        <source>Rules for employees (PDF)…</source>
        <translation>Regeln für Beschäftigte (PDF) …</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Open problems</source>
        <translation>Offene Probleme</translation>
    </message>
    <message>
        <source>&amp;Show contacts</source>
        <translation>Kontakte &amp;anzeigen</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Älteste</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reading the vault…</source>
        <translation>Der Tresor wird gelesen …</translation>
    </message>
    <message>
        <source>As of %1 · audit trail head %2</source>
        <translation>Stand %1 · Kopf des Prüfprotokolls %2</translation>
    </message>
    <message>
        <source>Contacts: %1 (%2)</source>
        <translation>Kontakte: %1 (%2)</translation>
    </message>
    <message>
        <source>Numbers by consent status: %1 (%2)</source>
        <translation>Nummern nach Einwilligungsstatus: %1 (%2)</translation>
    </message>
    <message>
        <source>Numbers on each WhatsApp phone: %1</source>
        <translation>Nummern je WhatsApp-Telefon: %1</translation>
    </message>
    <message>
        <source>no phone yet</source>
        <translation>noch kein Telefon</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Must be 0: delete these numbers from the phone and confirm the removal.</source>
        <translation>Muss 0 sein: Löschen Sie diese Nummern vom Telefon und bestätigen Sie die Löschung.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: open the list to see them all</source>
        <translation>
            <numerusform>… und %n weiterer: Öffnen Sie die Liste, um alle zu sehen</numerusform>
            <numerusform>… und %n weitere: Öffnen Sie die Liste, um alle zu sehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) on a WhatsApp phone without valid consent today: delete them from the phone and confirm the removal.</source>
        <translation>
            <numerusform>%n Nummer auf einem WhatsApp-Telefon ohne heute gültige Einwilligung: Löschen Sie sie vom Telefon und bestätigen Sie die Löschung.</numerusform>
            <numerusform>%n Nummern auf einem WhatsApp-Telefon ohne heute gültige Einwilligung: Löschen Sie sie vom Telefon und bestätigen Sie die Löschung.</numerusform>
        </translation>
    </message>
    <message>
        <source>No number on a WhatsApp phone lacks valid consent today.</source>
        <translation>Keine Nummer auf einem WhatsApp-Telefon ist heute ohne gültige Einwilligung.</translation>
    </message>
    <message>
        <source>consent-register</source>
        <translation>einwilligungsregister</translation>
    </message>
    <message>
        <source>record-of-processing</source>
        <translation>verarbeitungsverzeichnis</translation>
    </message>
    <message>
        <source>staff-rules</source>
        <translation>regeln-beschaeftigte</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation>Das Dokument wird geschrieben …</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ErasedQuestion</name>
    <message>
        <source>Person erased earlier</source>
        <translation>Früher gelöschte Person</translation>
    </message>
    <message>
        <source>%1 belonged to a person whose data was erased on %2 at their request.

Add the number again only if the person has come back to you. The vault records that you confirmed this.</source>
        <translation>%1 gehörte zu einer Person, deren Daten am %2 auf ihren Antrag gelöscht wurden.

Nehmen Sie die Nummer nur wieder auf, wenn sich die Person von sich aus wieder an Sie gewandt hat. Der Tresor vermerkt, dass Sie das bestätigt haben.</translation>
    </message>
    <message>
        <source>Add again</source>
        <translation>Wieder aufnehmen</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>Action not carried out</source>
        <translation>Aktion nicht ausgeführt</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>An unexpected error occurred during the last action; it may not have been carried out, or only in part. Please check its result before you go on.</source>
        <translation>Bei der letzten Aktion ist ein unerwarteter Fehler aufgetreten; sie wurde möglicherweise nicht oder nur teilweise ausgeführt. Bitte prüfen Sie ihr Ergebnis, bevor Sie weiterarbeiten.</translation>
    </message>
    <message>
        <source>The technical details are in the file {path}. Please send this file to the person who looks after contactvault for you.</source>
        <translation>Die technischen Angaben stehen in der Datei {path}. Bitte senden Sie diese Datei an die Person, die contactvault bei Ihnen betreut.</translation>
    </message>
    <message>
        <source>The technical details could not be saved.</source>
        <translation>Die technischen Angaben konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: {detail}</source>
        <translation>Etwas ist schiefgegangen: {detail}</translation>
    </message>
    <message>
        <source>No vault at {path}. Create one with &apos;contactvault init&apos;.</source>
        <translation>Kein Tresor unter {path}. Legen Sie einen mit &apos;contactvault init&apos; an.</translation>
    </message>
    <message>
        <source>A file already exists at {path}; not overwritten.</source>
        <translation>Unter {path} gibt es schon eine Datei; sie wurde nicht überschrieben.</translation>
    </message>
    <message>
        <source>Cannot open {path}: the passphrase is wrong, or the file is not a contactvault vault.</source>
        <translation>{path} lässt sich nicht öffnen: Die Passphrase ist falsch, oder die Datei ist kein contactvault-Tresor.</translation>
    </message>
    <message>
        <source>{path} is not a contactvault vault: {reason}</source>
        <translation>{path} ist kein contactvault-Tresor: {reason}</translation>
    </message>
    <message>
        <source>The vault {path} was written by a newer contactvault (schema {found}, this version knows {known}). Update contactvault.</source>
        <translation>Der Tresor {path} stammt von einem neueren contactvault (Schema {found}, diese Version kennt {known}). Bitte aktualisieren Sie contactvault.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it first.</source>
        <translation>Der Tresor ist gesperrt. Entsperren Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>Passphrase not accepted: {reason}</source>
        <translation>Passphrase nicht angenommen: {reason}</translation>
    </message>
    <message>
        <source>No passphrase available: no terminal to ask on, nothing remembered in the secret store, and neither CONTACTVAULT_PASSPHRASE nor --passphrase-file given.</source>
        <translation>Keine Passphrase verfügbar: kein Terminal zum Nachfragen, nichts im Schlüsselbund gespeichert und weder CONTACTVAULT_PASSPHRASE noch --passphrase-file angegeben.</translation>
    </message>
    <message>
        <source>No secure secret store is available ({reason}). The passphrase was not remembered; you will be asked for it.</source>
        <translation>Kein sicherer Schlüsselbund verfügbar ({reason}). Die Passphrase wurde nicht gespeichert; Sie werden danach gefragt.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} lässt sich nicht schreiben: {reason}</translation>
    </message>
    <message>
        <source>No contact with id {ident}.</source>
        <translation>Kein Kontakt mit der Nummer {ident}.</translation>
    </message>
    <message>
        <source>No stored phone number matches {number}.</source>
        <translation>Keine gespeicherte Telefonnummer passt zu {number}.</translation>
    </message>
    <message>
        <source>{number} matches several stored numbers: {candidates}. Be more specific.</source>
        <translation>{number} passt zu mehreren gespeicherten Nummern: {candidates}. Bitte genauer angeben.</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>No WhatsApp phone named {name}. Add it with &apos;contactvault devices add&apos;.</source>
        <translation>Kein WhatsApp-Telefon namens {name}. Legen Sie es mit &apos;contactvault devices add&apos; an.</translation>
    </message>
    <message>
        <source>Not restored from {path}: its audit trail does not verify ({problem}). Nothing was changed; the backup can still be examined with --vault.</source>
        <translation>Nicht aus {path} wiederhergestellt: das Prüfprotokoll der Sicherung ist nicht unversehrt ({problem}). Es wurde nichts geändert; die Sicherung lässt sich weiterhin mit --vault untersuchen.</translation>
    </message>
    <message>
        <source>A WhatsApp phone named {name} already exists.</source>
        <translation>Ein WhatsApp-Telefon namens {name} gibt es bereits.</translation>
    </message>
    <message>
        <source>Refused to export {number}: the consent policy does not allow it ({reason}). Nothing was written.</source>
        <translation>{number} wurde nicht exportiert: Die Einwilligungsregel erlaubt es nicht ({reason}). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{at} is in the future; a consent event can only be recorded once it happened.</source>
        <translation>{at} liegt in der Zukunft; ein Einwilligungsereignis kann erst erfasst werden, wenn es stattgefunden hat.</translation>
    </message>
    <message>
        <source>Nothing to export to {device}: no number is eligible{extra}. No file was written.</source>
        <translation>Nichts für {device} zu exportieren: Keine Nummer ist zugelassen{extra}. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>{number} is not on the removal list of {device}; nothing to confirm.</source>
        <translation>{number} steht nicht auf der Löschliste von {device}; nichts zu bestätigen.</translation>
    </message>
    <message>
        <source>The vault changed since the export was planned ({detail}). Plan the export again; nothing was written.</source>
        <translation>Der Tresor hat sich seit der Planung des Exports geändert ({detail}). Planen Sie den Export neu; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The procedure has not been started for “{name}” yet.</source>
        <translation>Der Ablauf wurde für „{name}“ noch nicht begonnen.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>refused: invalid input, not found, or a file that cannot be read or written</source>
        <translation>abgelehnt: ungültige Eingabe, nicht gefunden oder eine Datei, die sich nicht lesen oder schreiben lässt</translation>
    </message>
    <message>
        <source>wrong passphrase, not a vault, a vault of a newer version, or a mistyped command</source>
        <translation>falsche Passphrase, kein Tresor, ein Tresor einer neueren Version oder ein falsch eingegebener Befehl</translation>
    </message>
    <message>
        <source>import finished, but files or records were skipped</source>
        <translation>Import beendet, aber Dateien oder Einträge wurden übersprungen</translation>
    </message>
    <message>
        <source>procedure step out of order</source>
        <translation>Schritt des Verfahrens in falscher Reihenfolge</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>Festplatte voll</translation>
    </message>
    <message>
        <source>no permission to write (read-only file or folder)</source>
        <translation>keine Schreibberechtigung (schreibgeschützte Datei oder schreibgeschützter Ordner)</translation>
    </message>
    <message>
        <source>the vault is in use by another process</source>
        <translation>der Tresor wird von einem anderen Prozess benutzt</translation>
    </message>
    <message>
        <source>the vault is damaged</source>
        <translation>der Tresor ist beschädigt</translation>
    </message>
    <message>
        <source>audit trail broken: entries changed, removed, reordered, cut off or deleted</source>
        <translation>Prüfprotokoll beschädigt: Einträge verändert, entfernt, umgestellt, abgeschnitten oder gelöscht</translation>
    </message>
    <message>
        <source>a record does not match the audit trail: changed, deleted or added without an entry</source>
        <translation>ein Datensatz passt nicht zum Prüfprotokoll: verändert, gelöscht oder ohne Eintrag hinzugefügt</translation>
    </message>
    <message>
        <source>the audit trail does not hold the head printed earlier (--expect): shortened or rewritten</source>
        <translation>das Prüfprotokoll enthält den früher ausgedruckten Stand nicht (--expect): gekürzt oder neu geschrieben</translation>
    </message>
    <message>
        <source>output file refused: it exists (give --force), or it is a vault or a backup</source>
        <translation>Ausgabedatei abgelehnt: Sie existiert schon (--force angeben), oder sie ist ein Tresor oder eine Sicherung</translation>
    </message>
    <message>
        <source>the CardDAV server could not be reached, refused the login or refused a change</source>
        <translation>der CardDAV-Server war nicht erreichbar, hat die Anmeldung abgelehnt oder eine Änderung verweigert</translation>
    </message>
    <message>
        <source>internal error (a bug)</source>
        <translation>interner Fehler (ein Programmfehler)</translation>
    </message>
    <message>
        <source>interrupted (Ctrl-C)</source>
        <translation>abgebrochen (Strg-C)</translation>
    </message>
    <message>
        <source>the output was closed early (e.g. by head)</source>
        <translation>die Ausgabe wurde vorzeitig geschlossen (z. B. durch head)</translation>
    </message>
    <message>
        <source>The vault {path} is damaged ({reason}). Nothing was written to it; it stays read-only until it is restored. &apos;contactvault check&apos; shows what is affected; restore the last backup with &apos;contactvault restore FILE&apos;.</source>
        <translation>Der Tresor {path} ist beschädigt ({reason}). Es wurde nichts hineingeschrieben; er bleibt schreibgeschützt, bis er wiederhergestellt ist. „contactvault check“ zeigt, was betroffen ist; stellen Sie die letzte Sicherung mit „contactvault restore DATEI“ wieder her.</translation>
    </message>
    <message>
        <source>Not enough space to write {path}. Nothing was changed; free some space on that disk and try again.</source>
        <translation>Nicht genug Speicherplatz, um {path} zu schreiben. Nichts wurde verändert; schaffen Sie Platz auf diesem Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The vault {path} cannot be changed: {reason}. Nothing was changed.</source>
        <translation>Der Tresor {path} kann nicht verändert werden: {reason}. Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>No permission for {path}: {reason}</source>
        <translation>Keine Berechtigung für {path}: {reason}</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>its folder is read-only (a journal file must be created beside the vault)</source>
        <translation>sein Ordner ist schreibgeschützt (neben dem Tresor muss eine Journaldatei angelegt werden)</translation>
    </message>
    <message>
        <source>the disk is mounted read-only</source>
        <translation>der Datenträger ist schreibgeschützt eingebunden</translation>
    </message>
    <message>
        <source>The vault {path} is in use by another contactvault process; waited {seconds} s. Nothing was changed. Try again when the other program has finished (or close it).</source>
        <translation>Der Tresor {path} wird von einem anderen contactvault-Prozess benutzt; {seconds} s lang gewartet. Nichts wurde verändert. Versuchen Sie es erneut, wenn das andere Programm fertig ist (oder schließen Sie es).</translation>
    </message>
    <message>
        <source>No contact matches {person} (give a contact id, a name or a number).</source>
        <translation>Kein Kontakt passt zu {person} (geben Sie eine Kontakt-ID, einen Namen oder eine Nummer an).</translation>
    </message>
    <message>
        <source>{person} matches several contacts: {candidates}. Give the contact id.</source>
        <translation>{person} passt zu mehreren Kontakten: {candidates}. Geben Sie die Kontakt-ID an.</translation>
    </message>
    <message>
        <source>{what} needs a confirmation: answer on a terminal, or give --yes. Nothing was changed.</source>
        <translation>{what} braucht eine Bestätigung: Antworten Sie im Terminal oder geben Sie --yes an. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{step}: {reason}</source>
        <translation>{step}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>The procedure for “{device}” cannot be completed: %n number(s) must still be deleted from the phone ({which}). Delete them, confirm each with &apos;contactvault removals --device NAME --confirm NUMBER&apos;, then confirm the end again.</source>
        <translation>
            <numerusform>Das Verfahren für „{device}“ kann nicht abgeschlossen werden: %n Rufnummer muss noch vom Telefon gelöscht werden ({which}). Löschen Sie sie, bestätigen Sie das mit „contactvault removals --device NAME --confirm NUMMER“ und bestätigen Sie dann den Abschluss erneut.</numerusform>
            <numerusform>Das Verfahren für „{device}“ kann nicht abgeschlossen werden: %n Rufnummern müssen noch vom Telefon gelöscht werden ({which}). Löschen Sie sie, bestätigen Sie jede mit „contactvault removals --device NAME --confirm NUMMER“ und bestätigen Sie dann den Abschluss erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>no permission (the file or its folder is read-only for you)</source>
        <translation>keine Berechtigung (die Datei oder ihr Ordner ist für Sie schreibgeschützt)</translation>
    </message>
    <message>
        <source>the operating system does not permit it</source>
        <translation>das Betriebssystem erlaubt es nicht</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>ein Teil des Pfades ist kein Ordner</translation>
    </message>
    <message>
        <source>The template {path} cannot be used: {reason}</source>
        <translation>Die Vorlage {path} ist nicht verwendbar: {reason}</translation>
    </message>
    <message>
        <source>The information notice is incomplete and cannot be recorded as sent. Fill in: {fields} – in the settings (Your business), or with &apos;contactvault settings set {key} VALUE&apos;.</source>
        <translation>Der Datenschutzhinweis ist unvollständig und kann nicht als gesendet erfasst werden. Bitte ausfüllen: {fields} – in den Einstellungen (Ihr Betrieb) oder mit „contactvault settings set {key} WERT“.</translation>
    </message>
    <message>
        <source>The revocation confirmation is incomplete and cannot be recorded as sent. Fill in: {fields} – in the settings (Your business), or with &apos;contactvault settings set {key} VALUE&apos;.</source>
        <translation>Die Widerrufsbestätigung ist unvollständig und kann nicht als gesendet erfasst werden. Bitte ausfüllen: {fields} – in den Einstellungen (Ihr Betrieb) oder mit „contactvault settings set {key} WERT“.</translation>
    </message>
    <message>
        <source>The text changed after it was copied (a setting or the template was edited). Nothing was recorded: copy the new text and send it.</source>
        <translation>Der Text hat sich geändert, nachdem er kopiert wurde (eine Einstellung oder die Vorlage wurde bearbeitet). Nichts wurde erfasst: Kopieren und senden Sie den neuen Text.</translation>
    </message>
    <message>
        <source>No consent event with id {ident}.</source>
        <translation>Kein Einwilligungsereignis mit der Nummer {ident}.</translation>
    </message>
    <message>
        <source>{file}: {reason} Nothing was recorded.</source>
        <translation>{file}: {reason} Es wurde nichts erfasst.</translation>
    </message>
    <message>
        <source>{file}: the dates do not tell whether the day or the month comes first. Say which order the phone uses (day first: 29.11.26, month first: 11/29/26); nothing was proposed.</source>
        <translation>{file}: Aus den Daten geht nicht hervor, ob Tag oder Monat vorne steht. Geben Sie an, welche Reihenfolge das Telefon verwendet (Tag vorne: 29.11.26, Monat vorne: 11/29/26); es wurde nichts vorgeschlagen.</translation>
    </message>
    <message>
        <source>{file} is a group chat ({count} senders). Consent is taken only from a chat between the business and one customer.</source>
        <translation>{file} ist ein Gruppenchat ({count} Absender). Einwilligungen werden nur aus einem Chat zwischen dem Betrieb und einem Kunden übernommen.</translation>
    </message>
    <message>
        <source>{file}: which sender is the business cannot be told (no notice of the business in the chat, and the file name names no sender). Senders: {senders}. Say which one is the business.</source>
        <translation>{file}: Es lässt sich nicht erkennen, welcher Absender der Betrieb ist (kein Hinweis des Betriebs im Chat, und der Dateiname nennt keinen Absender). Absender: {senders}. Geben Sie an, welcher der Betrieb ist.</translation>
    </message>
    <message>
        <source>“{name}” wrote nothing in {file}; its senders are: {senders}.</source>
        <translation>„{name}“ hat in {file} nichts geschrieben; die Absender sind: {senders}.</translation>
    </message>
    <message>
        <source>{file} proposes nothing with the id {ident} (see &apos;contactvault chat scan&apos;). Nothing was recorded.</source>
        <translation>{file} enthält keinen Vorschlag mit der Kennung {ident} (siehe „contactvault chat scan“). Es wurde nichts erfasst.</translation>
    </message>
    <message>
        <source>The chat shows its partner only by the name “{name}”, which is contact {contact} ({number}) in the vault. A name alone is not enough: confirm it with --contact {contact}. Nothing was recorded.</source>
        <translation>Der Chat zeigt den Gesprächspartner nur mit dem Namen „{name}“; im Tresor ist das Kontakt {contact} ({number}). Ein Name allein genügt nicht: Bestätigen Sie ihn mit --contact {contact}. Es wurde nichts erfasst.</translation>
    </message>
    <message>
        <source>The chat shows its partner only by the name “{name}”, which fits several numbers in the vault ({candidates}). Say which with --contact ID and --number NUMBER. Nothing was recorded.</source>
        <translation>Der Chat zeigt den Gesprächspartner nur mit dem Namen „{name}“, und dazu passen mehrere Nummern im Tresor ({candidates}). Geben Sie mit --contact ID und --number NUMMER an, welche gemeint ist. Es wurde nichts erfasst.</translation>
    </message>
    <message>
        <source>The chat shows its partner only by the name “{name}”, and no contact in the vault has exactly that name. Give the number with --number (and --add-contact if it is new). Nothing was recorded.</source>
        <translation>Der Chat zeigt den Gesprächspartner nur mit dem Namen „{name}“, und kein Kontakt im Tresor heißt genau so. Geben Sie die Nummer mit --number an (und --add-contact, wenn sie neu ist). Es wurde nichts erfasst.</translation>
    </message>
    <message>
        <source>{number} is not in the vault. Add it as a new contact (category customer, named “{name}”) with --add-contact. Nothing was recorded.</source>
        <translation>{number} ist nicht im Tresor. Legen Sie die Nummer mit --add-contact als neuen Kontakt an (Kategorie Kunde, Name „{name}“). Es wurde nichts erfasst.</translation>
    </message>
    <message>
        <source>{number} belonged to a person whose data was erased on {date} at their request. Nothing was recorded. Add the number again only if the person has come back to you; confirm that with --allow-erased.</source>
        <translation>{number} gehörte zu einer Person, deren Daten am {date} auf ihren Antrag gelöscht wurden. Es wurde nichts erfasst. Nehmen Sie die Nummer nur wieder auf, wenn sich die Person von sich aus wieder an Sie gewandt hat; bestätigen Sie das mit --allow-erased.</translation>
    </message>
    <message>
        <source>{path} is too large to keep as evidence ({size} MB; at most {limit} MB). Nothing was recorded.</source>
        <translation>{path} ist zu groß, um als Nachweis verwahrt zu werden ({size} MB; höchstens {limit} MB). Nichts wurde erfasst.</translation>
    </message>
    <message>
        <source>No evidence file with id {ident}.</source>
        <translation>Keine Nachweisdatei mit der Nummer {ident}.</translation>
    </message>
    <message>
        <source>{path} exists already and was not changed. Choose another name, or give --force to replace it.</source>
        <translation>{path} gibt es schon; die Datei wurde nicht verändert. Wählen Sie einen anderen Namen, oder geben Sie --force an, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>{path} was not changed: {reason}. contactvault never writes over a vault or a backup, not even with --force; choose another name.</source>
        <translation>{path} wurde nicht verändert: {reason}. contactvault überschreibt nie einen Tresor oder eine Sicherung, auch nicht mit --force; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The CardDAV server at {url} answered {status} ({reason}).</source>
        <translation>Der CardDAV-Server unter {url} hat mit {status} ({reason}) geantwortet.</translation>
    </message>
    <message>
        <source>Cannot reach the CardDAV server at {url} ({reason}). Check the address and the network, and that the server is running.</source>
        <translation>Der CardDAV-Server unter {url} ist nicht erreichbar ({reason}). Prüfen Sie die Adresse, das Netzwerk und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The CardDAV server at {url} is not trusted: its TLS certificate could not be verified ({reason}). Nothing was sent to it. Give the server&apos;s certificate file with --certificate if you run the server yourself.</source>
        <translation>Dem CardDAV-Server unter {url} wird nicht vertraut: sein TLS-Zertifikat ließ sich nicht prüfen ({reason}). Es wurde nichts an ihn gesendet. Wenn Sie den Server selbst betreiben, geben Sie seine Zertifikatsdatei mit --certificate an.</translation>
    </message>
    <message>
        <source>{url} is not an https address. Passwords and contacts are sent to a CardDAV server only over TLS (https), except to this computer itself.</source>
        <translation>{url} ist keine https-Adresse. Passwörter und Kontakte gehen an einen CardDAV-Server nur über TLS (https), außer an diesen Computer selbst.</translation>
    </message>
    <message>
        <source>The CardDAV server at {url} refused the login {user}: wrong user name or password (401).</source>
        <translation>Der CardDAV-Server unter {url} hat die Anmeldung {user} abgelehnt: Benutzername oder Passwort falsch (401).</translation>
    </message>
    <message>
        <source>The CardDAV server at {url} does not allow {user} to change {what} (403): the login may only read this address book, or it belongs to someone else.</source>
        <translation>Der CardDAV-Server unter {url} erlaubt {user} nicht, {what} zu ändern (403): Die Anmeldung darf dieses Adressbuch nur lesen, oder es gehört jemand anderem.</translation>
    </message>
    <message>
        <source>There is no address book at {url} (404). Check the address: it is the address book&apos;s own address, not the server&apos;s.</source>
        <translation>Unter {url} gibt es kein Adressbuch (404). Prüfen Sie die Adresse: Es ist die Adresse des Adressbuchs selbst, nicht die des Servers.</translation>
    </message>
    <message>
        <source>The card {what} on the CardDAV server at {url} was changed or deleted by someone else after it was read (412). It was left as it is; publish again to compare afresh.</source>
        <translation>Die Karte {what} auf dem CardDAV-Server unter {url} wurde nach dem Lesen von jemand anderem geändert oder gelöscht (412). Sie blieb, wie sie ist; veröffentlichen Sie erneut, um neu abzugleichen.</translation>
    </message>
    <message>
        <source>The CardDAV server at {url} has no room left for {what} (507 insufficient storage). Ask the server&apos;s administrator to free space or raise the quota.</source>
        <translation>Der CardDAV-Server unter {url} hat keinen Platz mehr für {what} (507, Speicher voll). Bitten Sie die Verwaltung des Servers, Platz zu schaffen oder das Kontingent zu erhöhen.</translation>
    </message>
    <message>
        <source>The answer of the CardDAV server at {url} cannot be read ({reason}). Is it a CardDAV address book?</source>
        <translation>Die Antwort des CardDAV-Servers unter {url} ist nicht lesbar ({reason}). Ist es ein CardDAV-Adressbuch?</translation>
    </message>
    <message>
        <source>No password for the CardDAV login {user} of {device}: the system&apos;s secret store keeps none and there is no terminal to ask on. Run &apos;contactvault devices carddav&apos; on a terminal, or set CONTACTVAULT_CARDDAV_PASSWORD (less safe).</source>
        <translation>Kein Passwort für die CardDAV-Anmeldung {user} von {device}: Der Schlüsselbund des Systems enthält keins, und es gibt kein Terminal, um danach zu fragen. Führen Sie „contactvault devices carddav“ in einem Terminal aus, oder setzen Sie CONTACTVAULT_CARDDAV_PASSWORD (weniger sicher).</translation>
    </message>
    <message>
        <source>{device} has no CardDAV address book. Set one with &apos;contactvault devices carddav &quot;{device}&quot; --url URL --user LOGIN&apos;.</source>
        <translation>{device} hat kein CardDAV-Adressbuch. Legen Sie eines fest mit „contactvault devices carddav &quot;{device}&quot; --url URL --user ANMELDUNG“.</translation>
    </message>
    <message>
        <source>Publishing to {device} stopped after {done} of {total} changes: {reason} What the server confirmed is recorded; publish again to finish.</source>
        <translation>Das Veröffentlichen für {device} wurde nach {done} von {total} Änderungen angehalten: {reason} Was der Server bestätigt hat, ist erfasst; veröffentlichen Sie erneut, um den Rest zu erledigen.</translation>
    </message>
    <message>
        <source>The vault changed since the publish to {device} was planned. Nothing was changed on the server; plan it again.</source>
        <translation>Der Tresor hat sich geändert, seit das Veröffentlichen für {device} geplant wurde. Auf dem Server wurde nichts geändert; planen Sie es erneut.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>it is an unencrypted SQLite database</source>
        <translation>es ist eine unverschlüsselte SQLite-Datenbank</translation>
    </message>
    <message>
        <source>it is an encrypted database of another program</source>
        <translation>es ist eine verschlüsselte Datenbank eines anderen Programms</translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation>die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>it is the vault that is open</source>
        <translation>es ist der geöffnete Tresor</translation>
    </message>
    <message>
        <source>it is a contactvault vault</source>
        <translation>es ist ein contactvault-Tresor</translation>
    </message>
    <message>
        <source>it looks like an encrypted vault or backup, not a file contactvault wrote</source>
        <translation>die Datei sieht aus wie ein verschlüsselter Tresor oder eine Sicherung, nicht wie eine Datei, die contactvault geschrieben hat</translation>
    </message>
    <message>
        <source>it contains a NUL character</source>
        <translation>sie enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>template missing</source>
        <translation>Vorlage fehlt</translation>
    </message>
    <message>
        <source>it needs a &apos;Version:&apos; line and a &apos;Date:&apos; line such as 2026-11-29</source>
        <translation>sie braucht eine Zeile „Version:“ und eine Zeile „Date:“ wie 2026-11-29</translation>
    </message>
    <message>
        <source>its Consent-Phrase or Revocation-Phrase line names a reply that its text does not contain</source>
        <translation>seine Zeile Consent-Phrase oder Revocation-Phrase nennt eine Antwort, die im Text nicht vorkommt</translation>
    </message>
    <message>
        <source>service or advertising</source>
        <translation>„service“ oder „advertising“</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation>muss eine ganze Zahl ab 0 sein</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 365</source>
        <translation>muss eine ganze Zahl von 1 bis 365 sein</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>„true“ oder „false“ (auch „ja“ oder „nein“)</translation>
    </message>
    <message>
        <source>a card needs at least one number</source>
        <translation>eine Karte braucht mindestens eine Nummer</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>the PDF writer produced nothing</source>
        <translation>der PDF-Schreiber hat nichts erzeugt</translation>
    </message>
    <message>
        <source>cannot start the PDF writer</source>
        <translation>der PDF-Schreiber lässt sich nicht starten</translation>
    </message>
    <message>
        <source>not editable</source>
        <translation>nicht änderbar</translation>
    </message>
    <message>
        <source>a contact needs a name or an organisation</source>
        <translation>ein Kontakt braucht einen Namen oder eine Organisation</translation>
    </message>
    <message>
        <source>a name or a number is needed</source>
        <translation>ein Name oder eine Nummer wird benötigt</translation>
    </message>
    <message>
        <source>a phone needs a name</source>
        <translation>ein Telefon braucht einen Namen</translation>
    </message>
    <message>
        <source>a CardDAV login needs a user name</source>
        <translation>eine CardDAV-Anmeldung braucht einen Benutzernamen</translation>
    </message>
    <message>
        <source>it is a folder; name the files in it (for example FOLDER/*.vcf)</source>
        <translation>es ist ein Ordner; geben Sie die Dateien darin an (zum Beispiel ORDNER/*.vcf)</translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO), not a file</source>
        <translation>es ist eine benannte Pipe (FIFO), keine Datei</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>es ist ein Gerät, keine Datei</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>es ist ein Socket, keine Datei</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>the reading process stopped</source>
        <translation>der Leseprozess wurde beendet</translation>
    </message>
    <message>
        <source>standard or strict</source>
        <translation>„standard“ oder „strict“</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>PDF needs the desktop app&apos;s printer, which was not given; write an .html file instead</source>
        <translation>für PDF wird der Drucker der Desktop-Anwendung benötigt, der nicht übergeben wurde; schreiben Sie stattdessen eine .html-Datei</translation>
    </message>
    <message>
        <source>vcard, selection or links</source>
        <translation>vcard, selection oder links</translation>
    </message>
    <message>
        <source>it must have at least 8 characters</source>
        <translation>sie muss mindestens 8 Zeichen haben</translation>
    </message>
    <message>
        <source>not a date or time (use 29.11.2026, 29.11.2026 14:30 or 2026-11-29 14:30)</source>
        <translation>kein Datum und keine Uhrzeit (Beispiele: 29.11.2026, 29.11.2026 14:30 oder 2026-11-29 14:30)</translation>
    </message>
    <message>
        <source>only a grant can record that the notice was handed over with it</source>
        <translation>nur bei einer erteilten Einwilligung kann erfasst werden, dass der Hinweis mit übergeben wurde</translation>
    </message>
    <message>
        <source>only a grant or an implied consent is given for a purpose</source>
        <translation>nur eine erteilte oder schlüssige Einwilligung wird für einen Zweck gegeben</translation>
    </message>
    <message>
        <source>the chat shows another number for its partner</source>
        <translation>der Chat zeigt eine andere Nummer für den Gesprächspartner</translation>
    </message>
    <message>
        <source>that contact does not store this number</source>
        <translation>dieser Kontakt hat diese Nummer nicht gespeichert</translation>
    </message>
    <message>
        <source>the number is in the vault already</source>
        <translation>die Nummer ist bereits im Tresor</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>no such setting (contactvault settings list shows them)</source>
        <translation>keine solche Einstellung (contactvault settings list zeigt alle)</translation>
    </message>
    <message>
        <source>unknown region code (two letters, e.g. DE, AT, CH)</source>
        <translation>unbekannter Ländercode (zwei Buchstaben, z. B. DE, AT, CH)</translation>
    </message>
    <message>
        <source>a web address starting with https://</source>
        <translation>eine Webadresse, die mit https:// beginnt</translation>
    </message>
    <message>
        <source>give the head as printed: entry count, a colon and the hash (at least its first 16 characters)</source>
        <translation>geben Sie den Stand wie ausgedruckt an: Anzahl der Einträge, Doppelpunkt und Prüfsumme (mindestens deren erste 16 Zeichen)</translation>
    </message>
    <message>
        <source>this document is written as {allowed}</source>
        <translation>dieses Dokument gibt es als {allowed}</translation>
    </message>
    <message>
        <source>one character other than quotes and line ends</source>
        <translation>ein Zeichen außer Anführungszeichen und Zeilenende</translation>
    </message>
    <message>
        <source>write COLUMN=FIELD with a field such as phone, given, family, email (see --help)</source>
        <translation>schreiben Sie SPALTE=FELD mit einem Feld wie phone, given, family, email (siehe --help)</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <source>give a person or --retention, not both</source>
        <translation>geben Sie eine Person oder --retention an, nicht beides</translation>
    </message>
    <message>
        <source>json or pdf</source>
        <translation>json oder pdf</translation>
    </message>
    <message>
        <source>PDF needs the desktop app&apos;s printer</source>
        <translation>PDF braucht den Drucker der Desktop-Anwendung</translation>
    </message>
    <message>
        <source>no longer past the retention period</source>
        <translation>nicht mehr über der Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>not a known time zone (e.g. Europe/Berlin)</source>
        <translation>keine bekannte Zeitzone (z. B. Europe/Berlin)</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort in der erwarteten Zeit</translation>
    </message>
    <message>
        <source>the connection was refused or the name is unknown</source>
        <translation>die Verbindung wurde abgelehnt, oder der Name ist unbekannt</translation>
    </message>
    <message>
        <source>not WebDAV XML</source>
        <translation>kein WebDAV-XML</translation>
    </message>
    <message>
        <source>an address book&apos;s address starts with https://</source>
        <translation>die Adresse eines Adressbuchs beginnt mit https://</translation>
    </message>
    <message>
        <source>give both, or --off</source>
        <translation>geben Sie beides an, oder --off</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>%1 on %2, number %3 (event %4)</source>
        <translation>%1 am %2, Nummer %3 (Ereignis %4)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No files are kept with this event yet.</source>
        <translation>Zu diesem Ereignis sind noch keine Dateien verwahrt.</translation>
    </message>
    <message>
        <source>Attach files as evidence</source>
        <translation>Dateien als Nachweis anhängen</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.jpeg *.heic *.webp *.pdf *.txt *.eml);;All files (*)</source>
        <translation>Bilder und Dokumente (*.png *.jpg *.jpeg *.heic *.webp *.pdf *.txt *.eml);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) kept in the vault with this event.</source>
        <translation>
            <numerusform>%n Datei mit diesem Ereignis im Tresor verwahrt.</numerusform>
            <numerusform>%n Dateien mit diesem Ereignis im Tresor verwahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy of the evidence file</source>
        <translation>Kopie der Nachweisdatei speichern</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Written: %1 – a copy outside the vault, not encrypted.</source>
        <translation>Geschrieben: %1 – eine Kopie außerhalb des Tresors, nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>&amp;Text sent, as kept in the vault:</source>
        <translation>&amp;Gesendeter Text, wie im Tresor verwahrt:</translation>
    </message>
    <message>
        <source>The exact text sent</source>
        <translation>Der genau so gesendete Text</translation>
    </message>
    <message>
        <source>&amp;Files kept as evidence:</source>
        <translation>Als Nachweis verwahrte &amp;Dateien:</translation>
    </message>
    <message>
        <source>Files kept as evidence</source>
        <translation>Als Nachweis verwahrte Dateien</translation>
    </message>
    <message>
        <source>Kept encrypted inside the vault, with name, size and SHA-256</source>
        <translation>Verschlüsselt im Tresor verwahrt, mit Name, Größe und SHA-256</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>Datei &amp;anhängen…</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>Kopie &amp;speichern…</translation>
    </message>
    <message>
        <source>Writes the file outside the vault, not encrypted; an existing file is never overwritten</source>
        <translation>Schreibt die Datei außerhalb des Tresors, nicht verschlüsselt; eine vorhandene Datei wird nie überschrieben</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>the contact was erased</source>
        <translation>der Kontakt wurde gelöscht</translation>
    </message>
    <message>
        <source>the number is no longer stored for this contact</source>
        <translation>die Nummer ist bei diesem Kontakt nicht mehr gespeichert</translation>
    </message>
    <message>
        <source>(erased person, erasure {id})</source>
        <translation>(gelöschte Person, Löschung {id})</translation>
    </message>
    <message>
        <source>number erased: confirm with the number or with erased:{id}</source>
        <translation>Nummer gelöscht: bestätigen Sie mit der Nummer oder mit erased:{id}</translation>
    </message>
    <message numerus="yes">
        <source>{device} already holds %n number(s) from earlier exports. Importing a full export again creates duplicates on the phone; use an incremental export unless the phone&apos;s address book was emptied.</source>
        <translation>
            <numerusform>{device} hat bereits %n Nummer aus früheren Exporten. Ein erneuter vollständiger Export erzeugt Dubletten auf dem Telefon; nutzen Sie einen ergänzenden Export, außer das Adressbuch des Telefons wurde geleert.</numerusform>
            <numerusform>{device} hat bereits %n Nummern aus früheren Exporten. Ein erneuter vollständiger Export erzeugt Dubletten auf dem Telefon; nutzen Sie einen ergänzenden Export, außer das Adressbuch des Telefons wurde geleert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) must be deleted from {device}; see the removal list.</source>
        <translation>
            <numerusform>%n Nummer muss von {device} gelöscht werden; siehe Löschliste.</numerusform>
            <numerusform>%n Nummern müssen von {device} gelöscht werden; siehe Löschliste.</numerusform>
        </translation>
    </message>
    <message>
        <source> that is not on the phone already</source>
        <translation>, die nicht schon auf dem Telefon ist</translation>
    </message>
    <message numerus="yes">
        <source>{path} is NOT encrypted: it holds %n name(s) and phone number(s) in plain text. Delete it as soon as the WhatsApp phone has imported it.</source>
        <translation>
            <numerusform>{path} ist NICHT verschlüsselt: Die Datei enthält %n Namen mit Telefonnummer im Klartext. Löschen Sie sie, sobald das WhatsApp-Telefon sie importiert hat.</numerusform>
            <numerusform>{path} ist NICHT verschlüsselt: Die Datei enthält %n Namen und Telefonnummern im Klartext. Löschen Sie sie, sobald das WhatsApp-Telefon sie importiert hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>not put there by contactvault</source>
        <translation>nicht von contactvault dort abgelegt</translation>
    </message>
    <message>
        <source>changed on the server by someone else</source>
        <translation>auf dem Server von jemand anderem geändert</translation>
    </message>
    <message>
        <source>not published: no password is kept for its CardDAV login; publish by hand (&apos;contactvault publish --device {device}&apos;)</source>
        <translation>nicht veröffentlicht: Für seine CardDAV-Anmeldung ist kein Passwort aufbewahrt; veröffentlichen Sie von Hand („contactvault publish --device {device}“)</translation>
    </message>
    <message>
        <source>removed from the server on {date}, the phone syncs itself</source>
        <translation>vom Server entfernt am {date}, das Telefon gleicht sich selbst ab</translation>
    </message>
    <message>
        <source>Removed from the CardDAV server ({count}); on the phone, delete a chat with the number by hand if there is one:</source>
        <translation>Vom CardDAV-Server entfernt ({count}); löschen Sie auf dem Telefon von Hand einen Chat mit der Nummer, falls es einen gibt:</translation>
    </message>
</context>
<context>
    <name>ExportKind</name>
    <message>
        <source>full export</source>
        <translation>vollständiger Export</translation>
    </message>
    <message>
        <source>incremental export</source>
        <translation>ergänzender Export</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Export for a WhatsApp phone</source>
        <translation>Export für ein WhatsApp-Telefon</translation>
    </message>
    <message>
        <source>Unexpected problem: %1</source>
        <translation>Unerwartetes Problem: %1</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Choose address books</source>
        <translation>Adressbücher auswählen</translation>
    </message>
    <message>
        <source>vCard files (.vcf) from Android, iPhone, Outlook or other programs, CSV files and Excel or LibreOffice spreadsheets. You can also drop files here.</source>
        <translation>vCard-Dateien (.vcf) von Android, iPhone, Outlook oder anderen Programmen, CSV-Dateien sowie Excel- oder LibreOffice-Tabellen. Sie können Dateien auch hierher ziehen.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Default region</source>
        <translation>Standardregion</translation>
    </message>
    <message>
        <source>Numbers without country code are from:</source>
        <translation>Nummern ohne Ländervorwahl stammen aus:</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide</source>
        <translation>Anleitung</translation>
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
        <translation>Google-Kontakte-CSV</translation>
    </message>
    <message>
        <source>Outlook CSV</source>
        <translation>Outlook-CSV</translation>
    </message>
    <message>
        <source>Thunderbird CSV</source>
        <translation>Thunderbird-CSV</translation>
    </message>
    <message>
        <source>Apple Contacts CSV</source>
        <translation>Apple-Kontakte-CSV</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>OpenDocument-Tabelle</translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>file cannot be read</source>
        <translation>Datei nicht lesbar</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>Datei ist leer</translation>
    </message>
    <message>
        <source>file is not text</source>
        <translation>Datei ist kein Text</translation>
    </message>
    <message>
        <source>not a vCard or known contacts CSV</source>
        <translation>keine vCard und keine bekannte Kontakte-CSV</translation>
    </message>
    <message>
        <source>text encoding was guessed</source>
        <translation>Zeichenkodierung wurde erraten</translation>
    </message>
    <message>
        <source>unusual line endings</source>
        <translation>ungewöhnliche Zeilenenden</translation>
    </message>
    <message>
        <source>byte-order mark removed</source>
        <translation>Byte-Order-Mark entfernt</translation>
    </message>
    <message>
        <source>bytes that are not text skipped</source>
        <translation>Bytes übersprungen, die kein Text sind</translation>
    </message>
    <message>
        <source>file holds no contacts</source>
        <translation>Datei enthält keine Kontakte</translation>
    </message>
    <message>
        <source>contact record cannot be read</source>
        <translation>Kontakt-Datensatz nicht lesbar</translation>
    </message>
    <message>
        <source>contact record is too large</source>
        <translation>Kontakt-Datensatz ist zu groß</translation>
    </message>
    <message>
        <source>contact record has no name, number or e-mail</source>
        <translation>Kontakt-Datensatz hat weder Name noch Nummer noch E-Mail</translation>
    </message>
    <message>
        <source>CSV row cannot be read</source>
        <translation>CSV-Zeile nicht lesbar</translation>
    </message>
    <message>
        <source>CSV columns not recognised</source>
        <translation>CSV-Spalten nicht erkannt</translation>
    </message>
    <message>
        <source>no column holds phone numbers; nothing was imported from this file</source>
        <translation>keine Spalte enthält Telefonnummern; aus dieser Datei wurde nichts importiert</translation>
    </message>
    <message>
        <source>the column mapping names a column the file does not have</source>
        <translation>die Spaltenzuordnung nennt eine Spalte, die die Datei nicht hat</translation>
    </message>
    <message>
        <source>text outside any contact record ignored</source>
        <translation>Text außerhalb eines Kontakt-Datensatzes ignoriert</translation>
    </message>
    <message>
        <source>END:VCARD missing; record read to its end</source>
        <translation>END:VCARD fehlt; Datensatz bis zu seinem Ende gelesen</translation>
    </message>
    <message>
        <source>VERSION missing; assumed</source>
        <translation>VERSION fehlt; angenommen</translation>
    </message>
    <message>
        <source>line cannot be read; kept in the original text</source>
        <translation>Zeile nicht lesbar; im Originaltext aufbewahrt</translation>
    </message>
    <message>
        <source>broken quoted-printable value; decoded as far as possible</source>
        <translation>fehlerhafter Quoted-Printable-Wert; so weit wie möglich dekodiert</translation>
    </message>
    <message>
        <source>declared character set does not match the bytes</source>
        <translation>angegebener Zeichensatz passt nicht zu den Bytes</translation>
    </message>
    <message>
        <source>unknown character set</source>
        <translation>unbekannter Zeichensatz</translation>
    </message>
    <message>
        <source>overlong value shortened</source>
        <translation>überlanger Wert gekürzt</translation>
    </message>
    <message>
        <source>BEGIN:VCARD missing; record read from the end of the previous one</source>
        <translation>BEGIN:VCARD fehlt; Datensatz ab dem Ende des vorigen gelesen</translation>
    </message>
    <message>
        <source>NUL bytes removed from the record</source>
        <translation>NUL-Bytes aus dem Datensatz entfernt</translation>
    </message>
    <message>
        <source>the number was stored as a number in the spreadsheet; the leading 0 was added</source>
        <translation>Die Zahl wurde in der Tabelle als Zahl gespeichert; die führende 0 wurde ergänzt</translation>
    </message>
    <message>
        <source>the number was stored as a number in the spreadsheet; a leading 0 or + may have been lost, please check it</source>
        <translation>Die Zahl wurde in der Tabelle als Zahl gespeichert; eine führende 0 oder ein + kann verloren gegangen sein, bitte prüfen Sie sie</translation>
    </message>
    <message>
        <source>CSV rows have fewer cells than the header; missing cells read as empty</source>
        <translation>CSV-Zeilen haben weniger Zellen als die Kopfzeile; fehlende Zellen als leer gelesen</translation>
    </message>
    <message>
        <source>phone number kept but flagged</source>
        <translation>Telefonnummer behalten, aber markiert</translation>
    </message>
    <message>
        <source>merged with an existing contact</source>
        <translation>mit einem vorhandenen Kontakt zusammengeführt</translation>
    </message>
    <message>
        <source>already in the vault; nothing changed</source>
        <translation>schon im Tresor; nichts geändert</translation>
    </message>
    <message>
        <source>was erased on {date} (GDPR Art. 17); not imported again unless asked for</source>
        <translation>wurde am {date} gelöscht (Art. 17 DSGVO); nur auf ausdrücklichen Wunsch erneut importiert</translation>
    </message>
    <message>
        <source>was erased on {date} (GDPR Art. 17); imported again as asked</source>
        <translation>wurde am {date} gelöscht (Art. 17 DSGVO); wie gewünscht erneut importiert</translation>
    </message>
    <message>
        <source>the file has 0 bytes</source>
        <translation>die Datei hat 0 Bytes</translation>
    </message>
    <message>
        <source>the file holds only spaces and empty lines</source>
        <translation>die Datei enthält nur Leerzeichen und leere Zeilen</translation>
    </message>
    <message>
        <source>the file starts with the {encoding} byte-order mark</source>
        <translation>die Datei beginnt mit der Byte-Order-Markierung für {encoding}</translation>
    </message>
    <message>
        <source>the file does not say its encoding; it was read as {encoding}</source>
        <translation>die Datei nennt ihre Zeichenkodierung nicht; sie wurde als {encoding} gelesen</translation>
    </message>
    <message>
        <source>the file does not say its encoding; it was read as {encoding} ({languages}), the code page its letters fit best</source>
        <translation>die Datei nennt ihre Zeichenkodierung nicht; sie wurde als {encoding} ({languages}) gelesen, die Codepage, zu deren Buchstaben der Text am besten passt</translation>
    </message>
    <message>
        <source>{bytes} bytes before the first BEGIN:VCARD; line numbers count from there</source>
        <translation>{bytes} Bytes vor dem ersten BEGIN:VCARD; Zeilennummern zählen ab dort</translation>
    </message>
    <message>
        <source>the file has neither BEGIN:VCARD nor a row of column names</source>
        <translation>die Datei hat weder BEGIN:VCARD noch eine Zeile mit Spaltennamen</translation>
    </message>
    <message>
        <source>the file is a WhatsApp chat export, not an address book; chats are read with “contactvault chat scan”</source>
        <translation>die Datei ist ein exportierter WhatsApp-Chat, kein Adressbuch; Chats liest „contactvault chat scan“</translation>
    </message>
    <message>
        <source>the file&apos;s columns are: {columns}. Choose which column holds the numbers.</source>
        <translation>die Spalten der Datei sind: {columns}. Wählen Sie, welche Spalte die Nummern enthält.</translation>
    </message>
    <message>
        <source>the record ends where the next one begins or where the file ends</source>
        <translation>der Datensatz endet, wo der nächste beginnt oder wo die Datei endet</translation>
    </message>
    <message>
        <source>lines without a property name and &apos;:&apos;: {count}</source>
        <translation>Zeilen ohne Eigenschaftsnamen und &apos;:&apos;: {count}</translation>
    </message>
    <message>
        <source>no property could be read</source>
        <translation>keine Eigenschaft konnte gelesen werden</translation>
    </message>
    <message>
        <source>the record holds no properties</source>
        <translation>der Datensatz enthält keine Eigenschaften</translation>
    </message>
    <message>
        <source>soft line break at the end of the record</source>
        <translation>weicher Zeilenumbruch am Ende des Datensatzes</translation>
    </message>
    <message>
        <source>read as vCard {version}</source>
        <translation>als vCard {version} gelesen</translation>
    </message>
    <message>
        <source>{property}: &apos;=&apos; not followed by two hex digits; kept as written</source>
        <translation>{property}: auf &apos;=&apos; folgen keine zwei Hexadezimalziffern; so belassen, wie es steht</translation>
    </message>
    <message>
        <source>{property}: the BASE64 value cannot be decoded</source>
        <translation>{property}: der BASE64-Wert kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>{property}: the character set {charset} is unknown; read as {encoding}</source>
        <translation>{property}: der Zeichensatz {charset} ist unbekannt; als {encoding} gelesen</translation>
    </message>
    <message>
        <source>{property}: declared as {charset}, but the bytes are not {charset}; read as {encoding}</source>
        <translation>{property}: als {charset} angegeben, aber die Bytes sind kein {charset}; als {encoding} gelesen</translation>
    </message>
    <message>
        <source>{property}: UTF-8 with invalid bytes, kept as \xNN</source>
        <translation>{property}: UTF-8 mit ungültigen Bytes, als \xNN behalten</translation>
    </message>
    <message>
        <source>{property}: read as {encoding}</source>
        <translation>{property}: als {encoding} gelesen</translation>
    </message>
    <message>
        <source>larger than {mb} MB; skipped</source>
        <translation>größer als {mb} MB; übersprungen</translation>
    </message>
    <message>
        <source>a line is longer than {mb} MB; skipped</source>
        <translation>eine Zeile ist länger als {mb} MB; übersprungen</translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD ohne BEGIN:VCARD</translation>
    </message>
    <message>
        <source>{bytes} bytes</source>
        <translation>{bytes} Bytes</translation>
    </message>
    <message>
        <source>a line of {length} characters; the most read is {limit}</source>
        <translation>eine Zeile mit {length} Zeichen; gelesen werden höchstens {limit}</translation>
    </message>
    <message>
        <source>no row of column names</source>
        <translation>keine Zeile mit Spaltennamen</translation>
    </message>
    <message>
        <source>the first sheet has no rows</source>
        <translation>das erste Tabellenblatt hat keine Zeilen</translation>
    </message>
    <message>
        <source>the spreadsheet cannot be read ({error})</source>
        <translation>die Tabelle kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>a quote (&quot;) is not closed</source>
        <translation>ein Anführungszeichen (&quot;) wird nicht geschlossen</translation>
    </message>
    <message>
        <source>the row breaks the CSV rules ({error})</source>
        <translation>die Zeile verstößt gegen die CSV-Regeln ({error})</translation>
    </message>
    <message>
        <source>a quote (&quot;) is not closed: the row runs over {lines} lines and has {cells} cells, the header {header}</source>
        <translation>ein Anführungszeichen (&quot;) wird nicht geschlossen: die Zeile läuft über {lines} Zeilen und hat {cells} Zellen, die Kopfzeile {header}</translation>
    </message>
    <message>
        <source>contact {id}</source>
        <translation>Kontakt {id}</translation>
    </message>
    <message>
        <source>column “{column}”: {value} read as {number}</source>
        <translation>Spalte „{column}“: {value} gelesen als {number}</translation>
    </message>
    <message>
        <source>column “{column}”: {value}</source>
        <translation>Spalte „{column}“: {value}</translation>
    </message>
    <message>
        <source>the row has {cells} cells, the header {header}</source>
        <translation>die Zeile hat {cells} Zellen, die Kopfzeile {header}</translation>
    </message>
    <message>
        <source>“{column}” is not among the columns {columns}</source>
        <translation>„{column}“ ist keine der Spalten {columns}</translation>
    </message>
    <message>
        <source>Western European: German, French, Spanish, Italian, Dutch, Danish …</source>
        <translation>westeuropäisch: Deutsch, Französisch, Spanisch, Italienisch, Niederländisch, Dänisch …</translation>
    </message>
    <message>
        <source>Central European: Polish, Czech, Slovak, Hungarian, Croatian, Slovenian, Romanian</source>
        <translation>mitteleuropäisch: Polnisch, Tschechisch, Slowakisch, Ungarisch, Kroatisch, Slowenisch, Rumänisch</translation>
    </message>
    <message>
        <source>Cyrillic: Russian, Ukrainian, Bulgarian, Serbian</source>
        <translation>kyrillisch: Russisch, Ukrainisch, Bulgarisch, Serbisch</translation>
    </message>
    <message>
        <source>Baltic: Lithuanian, Latvian, Estonian</source>
        <translation>baltisch: Litauisch, Lettisch, Estnisch</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griechisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>UTF-8 (invalid bytes kept as \xNN)</source>
        <translation>UTF-8 (ungültige Bytes stehen als \xNN im Text)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Address books ({patterns});;All files (*)</source>
        <translation>Adressbücher ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import address books</source>
        <translation>Adressbücher importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message numerus="yes">
        <source>%1 of about %n record(s) read…</source>
        <translation>
            <numerusform>%1 von etwa %n Datensatz gelesen…</numerusform>
            <numerusform>%1 von etwa %n Datensätzen gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in these files belong to people who were erased (GDPR Art. 17):</source>
        <translation>
            <numerusform>%n Datensatz in diesen Dateien gehört zu einer gelöschten Person (Art. 17 DSGVO):</numerusform>
            <numerusform>%n Datensätze in diesen Dateien gehören zu gelöschten Personen (Art. 17 DSGVO):</numerusform>
        </translation>
    </message>
    <message>
        <source>Import them anyway? Only do so if the person asked for it or the law requires it; otherwise they stay out of the vault.</source>
        <translation>Trotzdem importieren? Tun Sie das nur, wenn die Person es wünscht oder das Gesetz es verlangt; sonst bleiben sie aus dem Tresor heraus.</translation>
    </message>
    <message>
        <source>Erased people</source>
        <translation>Gelöschte Personen</translation>
    </message>
    <message>
        <source>Import &amp;anyway</source>
        <translation>&amp;Trotzdem importieren</translation>
    </message>
    <message>
        <source>Unexpected problem: %1</source>
        <translation>Unerwartetes Problem: %1</translation>
    </message>
    <message>
        <source>Nothing was imported; the vault is as before.</source>
        <translation>Es wurde nichts importiert; der Tresor ist unverändert.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import address books (Ctrl+I)</source>
        <translation>Adressbücher importieren (Strg+I)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export for a WhatsApp phone (Ctrl+E)</source>
        <translation>Für ein WhatsApp-Telefon exportieren (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Prepare a WhatsApp phone…</source>
        <translation>WhatsApp-Telefon &amp;einrichten…</translation>
    </message>
    <message>
        <source>Secure contacts first, then install: the guided procedure</source>
        <translation>Erst Kontakte sichern, dann installieren: der geführte Ablauf</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>Kontakt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a contact by hand (Ctrl+N)</source>
        <translation>Einen Kontakt von Hand hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>E&amp;dit contact…</source>
        <translation>Kontakt &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Data-subject requests…</source>
        <translation>&amp;Betroffenenrechte…</translation>
    </message>
    <message>
        <source>Access, rectification, restriction, objection and erasure for the selected contact (GDPR)</source>
        <translation>Auskunft, Berichtigung, Einschränkung, Widerspruch und Löschung für den gewählten Kontakt (DSGVO)</translation>
    </message>
    <message>
        <source>Consent from a &amp;WhatsApp chat…</source>
        <translation>Aus &amp;WhatsApp-Chat übernehmen…</translation>
    </message>
    <message>
        <source>Record the consent events of an exported WhatsApp chat</source>
        <translation>Die Einwilligungsereignisse eines exportierten WhatsApp-Chats erfassen</translation>
    </message>
    <message>
        <source>Erase contacts past the &amp;retention period…</source>
        <translation>Kontakte nach Ablauf der &amp;Aufbewahrungsfrist löschen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>Check the &amp;audit trail…</source>
        <translation>&amp;Prüfprotokoll prüfen…</translation>
    </message>
    <message>
        <source>Check that no consent, export or removal record was changed</source>
        <translation>Prüfen, dass keine Einwilligung, kein Export und keine Löschbestätigung verändert wurde</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Den Tresor sperren (Strg+L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <source>&amp;About contactvault</source>
        <translation>Ü&amp;ber contactvault</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Tresor</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>WhatsApp phones</source>
        <translation>WhatsApp-Telefone</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Unlocked with the passphrase from the secret store</source>
        <translation>Mit der Passphrase aus dem Schlüsselbund entsperrt</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <source>Exported WhatsApp chat</source>
        <translation>Exportierter WhatsApp-Chat</translation>
    </message>
    <message>
        <source>WhatsApp chat exports (*.txt *.zip);;All files (*)</source>
        <translation>WhatsApp-Chat-Exporte (*.txt *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>WhatsApp status could not be read: %1</source>
        <translation>Der WhatsApp-Status ließ sich nicht lesen: %1</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>company name</source>
        <translation>Name des Unternehmens</translation>
    </message>
    <message>
        <source>company postal address</source>
        <translation>Postanschrift des Unternehmens</translation>
    </message>
    <message>
        <source>contact for data protection questions</source>
        <translation>Kontakt für Datenschutzfragen</translation>
    </message>
    <message>
        <source>data protection officer&apos;s name</source>
        <translation>Name der oder des Datenschutzbeauftragten</translation>
    </message>
    <message>
        <source>data protection officer&apos;s contact</source>
        <translation>Kontakt der oder des Datenschutzbeauftragten</translation>
    </message>
    <message>
        <source>privacy policy web address</source>
        <translation>Adresse der Datenschutzerklärung im Web</translation>
    </message>
    <message>
        <source>answer period in days</source>
        <translation>Antwortfrist in Tagen</translation>
    </message>
    <message>
        <source>[not set: {setting}]</source>
        <translation>[nicht eingetragen: {setting}]</translation>
    </message>
    <message>
        <source>Information notice</source>
        <translation>Datenschutzhinweis</translation>
    </message>
    <message>
        <source>Revocation confirmation</source>
        <translation>Widerrufsbestätigung</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>streng</translation>
    </message>
    <message>
        <source>for advertising</source>
        <translation>für Werbung</translation>
    </message>
    <message>
        <source>German</source>
        <translation>deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englisch</translation>
    </message>
    <message>
        <source>version {number}</source>
        <translation>Fassung {number}</translation>
    </message>
    <message>
        <source>own wording {code}</source>
        <translation>eigene Fassung {code}</translation>
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
        <translation>Ein Export nach {path} wurde abgebrochen, bevor die Datei fertig war; die vorläufige Datei und der Eintrag dazu wurden entfernt. Exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>An export to {path} was interrupted after the file was written; the file and its record are kept and the export is now complete.</source>
        <translation>Ein Export nach {path} wurde abgebrochen, nachdem die Datei geschrieben war; Datei und Eintrag bleiben erhalten, der Export ist jetzt vollständig.</translation>
    </message>
    <message>
        <source>A backup to {path} was interrupted; its partial file was removed. Make the backup again.</source>
        <translation>Eine Sicherung nach {path} wurde abgebrochen; die unvollständige Datei wurde entfernt. Erstellen Sie die Sicherung erneut.</translation>
    </message>
    <message>
        <source>A backup to {path} was interrupted after it was written; it is complete and is now recorded.</source>
        <translation>Eine Sicherung nach {path} wurde abgebrochen, nachdem sie geschrieben war; sie ist vollständig und jetzt protokolliert.</translation>
    </message>
    <message>
        <source>Writing {path} was interrupted; its partial file was removed.</source>
        <translation>Das Schreiben von {path} wurde abgebrochen; die unvollständige Datei wurde entfernt.</translation>
    </message>
    <message>
        <source>Writing {path} was interrupted after the file was written; it is complete and is now recorded.</source>
        <translation>Das Schreiben von {path} wurde abgebrochen, nachdem die Datei geschrieben war; sie ist vollständig und jetzt protokolliert.</translation>
    </message>
</context>
<context>
    <name>PhoneFlag</name>
    <message>
        <source>no number given</source>
        <translation>keine Nummer angegeben</translation>
    </message>
    <message>
        <source>not readable as a phone number</source>
        <translation>nicht als Telefonnummer lesbar</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>keine gültige Nummer</translation>
    </message>
    <message>
        <source>contains letters (read as keypad digits)</source>
        <translation>enthält Buchstaben (als Tastenziffern gelesen)</translation>
    </message>
    <message>
        <source>contains pause/wait or extension characters (kept in the raw text)</source>
        <translation>enthält Pause-/Warte- oder Durchwahlzeichen (im Originaltext behalten)</translation>
    </message>
    <message>
        <source>written like a North American number but read in the default region</source>
        <translation>wie eine nordamerikanische Nummer geschrieben, aber in der Standardregion gelesen</translation>
    </message>
    <message>
        <source>starts with a country code but has no + or 00 in front</source>
        <translation>beginnt mit einer Ländervorwahl, aber ohne + oder 00 davor</translation>
    </message>
    <message>
        <source>no country code; the default region was assumed</source>
        <translation>keine Ländervorwahl; die Standardregion wurde angenommen</translation>
    </message>
</context>
<context>
    <name>PhoneType</name>
    <message>
        <source>mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>Festnetz</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>Festnetz oder Mobil</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>gebührenfrei</translation>
    </message>
    <message>
        <source>premium rate</source>
        <translation>Mehrwertdienst</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>geteilte Kosten</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>persönliche Nummer</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>Pager</translation>
    </message>
    <message>
        <source>company number</source>
        <translation>Firmennummer</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>streng</translation>
    </message>
    <message>
        <source>Standard: explicit consent, or implied consent by conduct once the notice was sent, until the answer period runs out</source>
        <translation>Standard: ausdrückliche Einwilligung oder schlüssige Einwilligung (durch Verhalten) nach gesendetem Hinweis, bis die Antwortfrist abläuft</translation>
    </message>
    <message>
        <source>Strict: explicit consent only</source>
        <translation>Streng: nur ausdrückliche Einwilligung</translation>
    </message>
    <message>
        <source>Service communication</source>
        <translation>Service-Kommunikation</translation>
    </message>
    <message>
        <source>Advertising (explicit consent to advertising only, § 7 UWG)</source>
        <translation>Werbung (nur mit ausdrücklicher Einwilligung in Werbung, § 7 UWG)</translation>
    </message>
    <message numerus="yes">
        <source>Implied consent by conduct counts once the notice was sent, until the answer period of %n day(s) runs out without a reply.</source>
        <translation>
            <numerusform>Eine schlüssige Einwilligung (durch Verhalten) zählt, sobald der Datenschutzhinweis gesendet wurde, bis die Antwortfrist von %n Tag ohne Antwort abläuft.</numerusform>
            <numerusform>Eine schlüssige Einwilligung (durch Verhalten) zählt, sobald der Datenschutzhinweis gesendet wurde, bis die Antwortfrist von %n Tagen ohne Antwort abläuft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only explicit consent counts.</source>
        <translation>Nur eine ausdrückliche Einwilligung zählt.</translation>
    </message>
    <message>
        <source>Explicit consent counts only if the notice was sent before it or handed over with the request.</source>
        <translation>Eine ausdrückliche Einwilligung zählt nur, wenn der Datenschutzhinweis vorher gesendet oder mit der Anfrage übergeben wurde.</translation>
    </message>
    <message numerus="yes">
        <source>Consent older than %n month(s) no longer counts.</source>
        <translation>
            <numerusform>Eine Einwilligung, die älter als %n Monat ist, zählt nicht mehr.</numerusform>
            <numerusform>Eine Einwilligung, die älter als %n Monate ist, zählt nicht mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purpose: service communication.</source>
        <translation>Zweck: Service-Kommunikation.</translation>
    </message>
    <message>
        <source>Purpose: advertising; only explicit consent to advertising counts (§ 7 UWG).</source>
        <translation>Zweck: Werbung; nur eine ausdrückliche Einwilligung in Werbung zählt (§ 7 UWG).</translation>
    </message>
    <message>
        <source>The data-protection officer allows contract (GDPR Art. 6(1)(b)) as a legal basis.</source>
        <translation>Die oder der Datenschutzbeauftragte lässt einen Vertrag (Art. 6 Abs. 1 lit. b DSGVO) als Rechtsgrundlage zu.</translation>
    </message>
    <message>
        <source>The data-protection officer allows legitimate interest (GDPR Art. 6(1)(f)) as a legal basis.</source>
        <translation>Die oder der Datenschutzbeauftragte lässt das berechtigte Interesse (Art. 6 Abs. 1 lit. f DSGVO) als Rechtsgrundlage zu.</translation>
    </message>
    <message>
        <source>Only consent and employees&apos; own business numbers make a number eligible; contract and legitimate interest are recorded, not enough.</source>
        <translation>Nur eine Einwilligung und dienstliche Nummern von Mitarbeitern machen eine Nummer zulässig; Vertrag und berechtigtes Interesse werden erfasst, reichen aber nicht.</translation>
    </message>
    <message>
        <source>may be on the WhatsApp phone</source>
        <translation>darf auf das WhatsApp-Telefon</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>keine Einwilligung</translation>
    </message>
    <message>
        <source>consent requested</source>
        <translation>Einwilligung angefragt</translation>
    </message>
    <message>
        <source>consent without the notice</source>
        <translation>Einwilligung ohne Datenschutzhinweis</translation>
    </message>
    <message>
        <source>notice not yet sent</source>
        <translation>Hinweis noch nicht gesendet</translation>
    </message>
    <message>
        <source>implied consent only</source>
        <translation>nur schlüssige Einwilligung (durch Verhalten)</translation>
    </message>
    <message>
        <source>legal basis not allowed</source>
        <translation>Rechtsgrundlage nicht zugelassen</translation>
    </message>
    <message>
        <source>no consent to advertising</source>
        <translation>keine Einwilligung in Werbung</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>private contact</source>
        <translation>privater Kontakt</translation>
    </message>
    <message>
        <source>processing restricted</source>
        <translation>Verarbeitung eingeschränkt</translation>
    </message>
    <message>
        <source>objected</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Nummer</translation>
    </message>
    <message>
        <source>written under another contact</source>
        <translation>unter einem anderen Kontakt übertragen</translation>
    </message>
    <message>
        <source>consent given on {date}, notice sent on {notice_date}</source>
        <translation>Einwilligung erteilt am {date}, Hinweis gesendet am {notice_date}</translation>
    </message>
    <message>
        <source>consent given on {date} with the notice handed over</source>
        <translation>Einwilligung erteilt am {date}, mit übergebenem Hinweis</translation>
    </message>
    <message>
        <source>implied consent by conduct on {date}, notice sent on {notice_date}</source>
        <translation>schlüssige Einwilligung (durch Verhalten) am {date}, Hinweis gesendet am {notice_date}</translation>
    </message>
    <message>
        <source>employee&apos;s own business number (recorded on {date})</source>
        <translation>dienstliche Nummer des Mitarbeiters (erfasst am {date})</translation>
    </message>
    <message>
        <source>contract (GDPR Art. 6(1)(b)) recorded on {date}, allowed in the settings</source>
        <translation>Vertrag (Art. 6 Abs. 1 lit. b DSGVO), erfasst am {date}, in den Einstellungen zugelassen</translation>
    </message>
    <message>
        <source>legitimate interest (GDPR Art. 6(1)(f)) recorded on {date}, allowed in the settings</source>
        <translation>berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO), erfasst am {date}, in den Einstellungen zugelassen</translation>
    </message>
    <message>
        <source>processing restricted (GDPR Art. 18) until the restriction is lifted</source>
        <translation>Verarbeitung eingeschränkt (Art. 18 DSGVO), bis die Einschränkung aufgehoben ist</translation>
    </message>
    <message>
        <source>objected on {date} (GDPR Art. 21); only a new explicit consent counts</source>
        <translation>Widerspruch am {date} (Art. 21 DSGVO); nur eine neue ausdrückliche Einwilligung zählt</translation>
    </message>
    <message>
        <source>the number is stored for another contact too; it goes onto the phone once, under the contact whose consent allows it</source>
        <translation>die Nummer ist auch bei einem anderen Kontakt gespeichert; sie kommt nur einmal auf das Telefon, unter dem Kontakt, dessen Einwilligung sie erlaubt</translation>
    </message>
    <message>
        <source>consent given on {date} without the information notice: send the notice and record the consent again, or record it with the notice handed over</source>
        <translation>Einwilligung erteilt am {date}, aber ohne Datenschutzhinweis: Senden Sie den Hinweis und erfassen Sie die Einwilligung erneut, oder erfassen Sie sie mit übergebenem Hinweis</translation>
    </message>
    <message>
        <source>consent given on {date} covers service messages, not advertising</source>
        <translation>die Einwilligung vom {date} gilt für Service-Nachrichten, nicht für Werbung</translation>
    </message>
    <message>
        <source>implied consent by conduct, notice not yet sent</source>
        <translation>schlüssige Einwilligung (durch Verhalten), Hinweis noch nicht gesendet</translation>
    </message>
    <message>
        <source>implied consent by conduct only; the strict policy needs explicit consent</source>
        <translation>nur schlüssige Einwilligung (durch Verhalten); die strenge Regel verlangt eine ausdrückliche</translation>
    </message>
    <message>
        <source>implied consent by conduct only; advertising needs explicit consent (§ 7 UWG)</source>
        <translation>nur schlüssige Einwilligung (durch Verhalten); Werbung verlangt eine ausdrückliche Einwilligung (§ 7 UWG)</translation>
    </message>
    <message>
        <source>contract (GDPR Art. 6(1)(b)) recorded on {date}; not enough under the current settings, which need consent</source>
        <translation>Vertrag (Art. 6 Abs. 1 lit. b DSGVO), erfasst am {date}; reicht nach den aktuellen Einstellungen nicht, die eine Einwilligung verlangen</translation>
    </message>
    <message>
        <source>legitimate interest (GDPR Art. 6(1)(f)) recorded on {date}; not enough under the current settings, which need consent</source>
        <translation>berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO), erfasst am {date}; reicht nach den aktuellen Einstellungen nicht, die eine Einwilligung verlangen</translation>
    </message>
    <message>
        <source>legal basis recorded on {date} does not cover advertising, which needs explicit consent (§ 7 UWG)</source>
        <translation>die am {date} erfasste Rechtsgrundlage deckt keine Werbung; Werbung verlangt eine ausdrückliche Einwilligung (§ 7 UWG)</translation>
    </message>
    <message numerus="yes">
        <source>implied consent by conduct not confirmed within the answer period of %n day(s) from {date}</source>
        <translation>
            <numerusform>schlüssige Einwilligung (durch Verhalten) nicht innerhalb der Antwortfrist von %n Tag ab {date} bestätigt</numerusform>
            <numerusform>schlüssige Einwilligung (durch Verhalten) nicht innerhalb der Antwortfrist von %n Tagen ab {date} bestätigt</numerusform>
        </translation>
    </message>
    <message>
        <source>no consent recorded</source>
        <translation>keine Einwilligung erfasst</translation>
    </message>
    <message>
        <source>consent requested on {date}, no answer yet</source>
        <translation>Einwilligung angefragt am {date}, noch keine Antwort</translation>
    </message>
    <message>
        <source>revoked on {date}</source>
        <translation>widerrufen am {date}</translation>
    </message>
    <message>
        <source>consent expired on {date}</source>
        <translation>Einwilligung abgelaufen am {date}</translation>
    </message>
    <message numerus="yes">
        <source>consent older than %n month(s) (given on {date})</source>
        <translation>
            <numerusform>Einwilligung älter als %n Monat (erteilt am {date})</numerusform>
            <numerusform>Einwilligung älter als %n Monate (erteilt am {date})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>Phone and starting point</source>
        <translation>Telefon und Ausgangslage</translation>
    </message>
    <message>
        <source>Export the phone&apos;s contacts</source>
        <translation>Kontakte des Telefons exportieren</translation>
    </message>
    <message>
        <source>Import into the vault and compare counts</source>
        <translation>In den Tresor importieren und Anzahl vergleichen</translation>
    </message>
    <message>
        <source>Mark private and business contacts</source>
        <translation>Private und geschäftliche Kontakte kennzeichnen</translation>
    </message>
    <message>
        <source>Clear the phone</source>
        <translation>Telefon leeren</translation>
    </message>
    <message>
        <source>Install WhatsApp</source>
        <translation>WhatsApp installieren</translation>
    </message>
    <message>
        <source>Transfer the consented contacts</source>
        <translation>Kontakte mit Einwilligung übertragen</translation>
    </message>
    <message>
        <source>Done: summary and protocol</source>
        <translation>Fertig: Zusammenfassung und Protokoll</translation>
    </message>
    <message>
        <source>New phone (no contacts, no WhatsApp)</source>
        <translation>Neues Telefon (keine Kontakte, kein WhatsApp)</translation>
    </message>
    <message>
        <source>WhatsApp is already installed on the phone</source>
        <translation>WhatsApp ist auf dem Telefon bereits installiert</translation>
    </message>
    <message>
        <source>The phone has contacts, WhatsApp is not installed</source>
        <translation>Das Telefon hat Kontakte, WhatsApp ist nicht installiert</translation>
    </message>
    <message>
        <source>A: dedicated WhatsApp phone</source>
        <translation>A: eigenes WhatsApp-Telefon</translation>
    </message>
    <message>
        <source>B: selected contacts only</source>
        <translation>B: nur ausgewählte Kontakte</translation>
    </message>
    <message>
        <source>C: no address book at all</source>
        <translation>C: ganz ohne Adressbuch</translation>
    </message>
    <message>
        <source>Choose the phone and its starting point first.</source>
        <translation>Wählen Sie zuerst das Telefon und seine Ausgangslage.</translation>
    </message>
    <message>
        <source>Complete the step “{previous}” first.</source>
        <translation>Schließen Sie zuerst den Schritt „{previous}“ ab.</translation>
    </message>
    <message>
        <source>This step can only be skipped for a new phone without contacts.</source>
        <translation>Dieser Schritt kann nur bei einem neuen Telefon ohne Kontakte übersprungen werden.</translation>
    </message>
    <message>
        <source>The phone has not been confirmed as cleared. Contacts may only be transferred, and WhatsApp installed, after that.</source>
        <translation>Das Leeren des Telefons ist noch nicht bestätigt. Erst danach dürfen Kontakte übertragen und WhatsApp installiert werden.</translation>
    </message>
    <message>
        <source>Record the installation of WhatsApp first.</source>
        <translation>Erfassen Sie zuerst die Installation von WhatsApp.</translation>
    </message>
    <message>
        <source>Transfer the consented contacts first.</source>
        <translation>Übertragen Sie zuerst die Kontakte mit Einwilligung.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) with valid consent</source>
        <translation>
            <numerusform>%n Rufnummer mit gültiger Einwilligung</numerusform>
            <numerusform>%n Rufnummern mit gültiger Einwilligung</numerusform>
        </translation>
    </message>
    <message>
        <source>Protocol: secure contacts first, then install WhatsApp</source>
        <translation>Protokoll: Kontakte zuerst sichern, dann WhatsApp installieren</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>WhatsApp phone</source>
        <translation>WhatsApp-Telefon</translation>
    </message>
    <message>
        <source>Phone&apos;s own number</source>
        <translation>Rufnummer des Telefons</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Route taken</source>
        <translation>Gewählter Weg</translation>
    </message>
    <message>
        <source>Starting point</source>
        <translation>Ausgangslage</translation>
    </message>
    <message>
        <source>Started at / by</source>
        <translation>Begonnen am / von</translation>
    </message>
    <message>
        <source>Consent policy (current)</source>
        <translation>Einwilligungsregel (aktuell)</translation>
    </message>
    <message>
        <source>Threema or Signal instead of WhatsApp</source>
        <translation>Threema oder Signal statt WhatsApp</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Audit trail when printed (entries:hash)</source>
        <translation>Prüfprotokoll beim Ausdruck (Einträge:Prüfsumme)</translation>
    </message>
    <message>
        <source>Keep this line. contactvault audit verify --expect with it shows later whether the record was shortened or rewritten since.</source>
        <translation>Bewahren Sie diese Zeile auf. Mit ihr zeigt „contactvault audit verify --expect“ später, ob die Aufzeichnungen seither gekürzt oder neu geschrieben wurden.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>durch</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>No departures from the order “secure first, then install”.</source>
        <translation>Keine Abweichungen von der Reihenfolge „erst sichern, dann installieren“.</translation>
    </message>
    <message>
        <source>WhatsApp already installed (starting point)</source>
        <translation>WhatsApp war bereits installiert (Ausgangslage)</translation>
    </message>
    <message>
        <source>Nothing has been handed to the phone yet.</source>
        <translation>Es wurde noch nichts an das Telefon übergeben.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Anzahl Rufnummern</translation>
    </message>
    <message>
        <source>File checksum (SHA-256)</source>
        <translation>Prüfsumme der Datei (SHA-256)</translation>
    </message>
    <message>
        <source>Consent policy at export</source>
        <translation>Einwilligungsregel beim Export</translation>
    </message>
    <message>
        <source>Export no. in the vault</source>
        <translation>Export-Nr. im Tresor</translation>
    </message>
    <message>
        <source>no expiry periods</source>
        <translation>keine Ablauffristen</translation>
    </message>
    <message>
        <source>purpose: service communication</source>
        <translation>Zweck: Service-Kommunikation</translation>
    </message>
    <message>
        <source>purpose: advertising (explicit consent to advertising only)</source>
        <translation>Zweck: Werbung (nur ausdrückliche Einwilligung in Werbung)</translation>
    </message>
    <message>
        <source>only consent and employees&apos; own business numbers count</source>
        <translation>nur Einwilligungen und die dienstlichen Nummern von Mitarbeitern zählen</translation>
    </message>
    <message>
        <source>contract (Art. 6(1)(b) GDPR) allowed by the data-protection officer</source>
        <translation>Vertrag (Art. 6 Abs. 1 lit. b DSGVO) vom Datenschutzbeauftragten zugelassen</translation>
    </message>
    <message>
        <source>legitimate interest (Art. 6(1)(f) GDPR) allowed by the data-protection officer</source>
        <translation>berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO) vom Datenschutzbeauftragten zugelassen</translation>
    </message>
    <message>
        <source>Import into the vault, compare counts</source>
        <translation>In den Tresor importieren, Anzahl abgleichen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>new phone without contacts and without WhatsApp</source>
        <translation>neues Telefon ohne Kontakte und ohne WhatsApp</translation>
    </message>
    <message>
        <source>WhatsApp was already installed</source>
        <translation>WhatsApp war bereits installiert</translation>
    </message>
    <message>
        <source>phone with contacts, WhatsApp not installed</source>
        <translation>Telefon mit Kontakten, WhatsApp nicht installiert</translation>
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
        <translation>anderes</translation>
    </message>
    <message>
        <source>A – dedicated WhatsApp phone: its address book holds only the exported consented contacts</source>
        <translation>A – eigenes WhatsApp-Telefon: das Adressbuch enthält nur die exportierten Kontakte mit Einwilligung</translation>
    </message>
    <message>
        <source>B – selected contacts only: WhatsApp may read only contacts picked by hand</source>
        <translation>B – nur ausgewählte Kontakte: WhatsApp darf nur von Hand ausgewählte Kontakte lesen</translation>
    </message>
    <message>
        <source>C – no address book at all: click-to-chat links and QR codes, no contacts on the phone</source>
        <translation>C – ganz ohne Adressbuch: Klick-zum-Chat-Links und QR-Codes, keine Kontakte auf dem Telefon</translation>
    </message>
    <message>
        <source>standard (explicit consent, or implied consent by conduct after the notice)</source>
        <translation>Standard (ausdrückliche Einwilligung oder schlüssige Einwilligung (durch Verhalten) nach dem Hinweis)</translation>
    </message>
    <message>
        <source>CardDAV address book</source>
        <translation>CardDAV-Adressbuch</translation>
    </message>
    <message numerus="yes">
        <source>answer period for implied consent: %n day(s)</source>
        <translation>
            <numerusform>Antwortfrist für schlüssige Einwilligung: %n Tag</numerusform>
            <numerusform>Antwortfrist für schlüssige Einwilligung: %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n export file(s).</source>
        <translation>
            <numerusform>%n Exportdatei.</numerusform>
            <numerusform>%n Exportdateien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed: the phone&apos;s contacts were exported to a file on this computer.</source>
        <translation>Bestätigt: Die Kontakte des Telefons wurden in eine Datei auf diesem Computer exportiert.</translation>
    </message>
    <message>
        <source>strict (explicit consent only)</source>
        <translation>Streng (nur ausdrückliche Einwilligung)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Responsible at the business</source>
        <translation>Verantwortlich im Betrieb</translation>
    </message>
    <message>
        <source>Responsible for the phone</source>
        <translation>Verantwortlich für das Telefon</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Skipped: new phone without contacts.</source>
        <translation>Übersprungen: neues Telefon ohne Kontakte.</translation>
    </message>
    <message>
        <source>Skipped: there was nothing to import.</source>
        <translation>Übersprungen: es gab nichts zu importieren.</translation>
    </message>
    <message>
        <source>Phone cleared (confirmed)</source>
        <translation>Telefon geleert (bestätigt)</translation>
    </message>
    <message>
        <source>WhatsApp installed</source>
        <translation>WhatsApp installiert</translation>
    </message>
    <message>
        <source>Consented contacts transferred</source>
        <translation>Kontakte mit Einwilligung übertragen</translation>
    </message>
    <message>
        <source>WhatsApp was not installed.</source>
        <translation>WhatsApp war nicht installiert.</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s access to the contacts was revoked.</source>
        <translation>WhatsApp wurde der Zugriff auf die Kontakte entzogen.</translation>
    </message>
    <message>
        <source>The WhatsApp account was deleted.</source>
        <translation>Das WhatsApp-Konto wurde gelöscht.</translation>
    </message>
    <message>
        <source>The WhatsApp app was removed.</source>
        <translation>Die WhatsApp-App wurde entfernt.</translation>
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
        <translation>vCard-Datei</translation>
    </message>
    <message>
        <source>selection list</source>
        <translation>Auswahlliste</translation>
    </message>
    <message>
        <source>links and QR code sheet</source>
        <translation>Link- und QR-Code-Blatt</translation>
    </message>
    <message>
        <source>WhatsApp was already installed while the phone still held other contacts (recorded at {at}). Numbers WhatsApp uploaded in that time cannot be recalled; deleting them later does not undo the upload.</source>
        <translation>WhatsApp war bereits installiert, während das Telefon noch andere Kontakte enthielt (festgehalten am {at}). Rufnummern, die WhatsApp in dieser Zeit hochgeladen hat, lassen sich nicht zurückholen; späteres Löschen macht das Hochladen nicht rückgängig.</translation>
    </message>
    <message>
        <source>The phone was cleared again at {at}, after WhatsApp had been installed: it held contacts again that WhatsApp could read.</source>
        <translation>Das Telefon wurde am {at} erneut geleert, nachdem WhatsApp schon installiert war: Es hatte also wieder Kontakte, die WhatsApp lesen konnte.</translation>
    </message>
    <message>
        <source>WhatsApp was installed at {at}, before clearing the phone was confirmed.</source>
        <translation>WhatsApp wurde am {at} installiert, bevor das Leeren des Telefons bestätigt war.</translation>
    </message>
    <message>
        <source>Contacts were transferred at {at}, before clearing the phone was confirmed.</source>
        <translation>Kontakte wurden am {at} übertragen, bevor das Leeren des Telefons bestätigt war.</translation>
    </message>
    <message>
        <source>The contacts stayed on the phone (route B, recorded at {at}); WhatsApp may read only the selected ones. A single “allow full access” hands over all of them.</source>
        <translation>Die Kontakte blieben auf dem Telefon (Weg B, festgehalten am {at}); WhatsApp darf nur die ausgewählten lesen. Ein einziges „Vollen Zugriff erlauben“ gibt alle frei.</translation>
    </message>
    <message>
        <source>The count on the phone differed by {difference} from the exported file (recorded at {at}).</source>
        <translation>Die Anzahl auf dem Telefon wich um {difference} von der exportierten Datei ab (festgehalten am {at}).</translation>
    </message>
    <message>
        <source>(redone, attempt {attempt})</source>
        <translation>(Wiederholung Nr. {attempt})</translation>
    </message>
    <message numerus="yes">
        <source>consent to be reconfirmed after %n month(s)</source>
        <translation>
            <numerusform>Einwilligung erneut bestätigen nach %n Monat</numerusform>
            <numerusform>Einwilligung erneut bestätigen nach %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) still unclassified (recorded at {at}).</source>
        <translation>
            <numerusform>%n Kontakt war beim Einordnen noch nicht gekennzeichnet (festgehalten am {at}).</numerusform>
            <numerusform>%n Kontakte waren beim Einordnen noch nicht gekennzeichnet (festgehalten am {at}).</numerusform>
        </translation>
    </message>
    <message>
        <source>not completed yet: step {number} of {total} ({step}) is open</source>
        <translation>noch nicht abgeschlossen: Schritt {number} von {total} ({step}) ist offen</translation>
    </message>
    <message>
        <source>completed on {at} by {actor}</source>
        <translation>abgeschlossen am {at} von {actor}</translation>
    </message>
    <message>
        <source>Starting point: {starting_point}. Route: {route}.</source>
        <translation>Ausgangslage: {starting_point}. Weg: {route}.</translation>
    </message>
    <message>
        <source>Business: {business}, private: {private}, not yet classified: {unclassified}.</source>
        <translation>Geschäftlich: {business}, privat: {private}, noch nicht eingeordnet: {unclassified}.</translation>
    </message>
    <message>
        <source>Installed: {app}.</source>
        <translation>Installiert: {app}.</translation>
    </message>
    <message numerus="yes">
        <source>%n consented number(s) handed over ({format}).</source>
        <translation>
            <numerusform>%n Rufnummer mit Einwilligung übergeben ({format}).</numerusform>
            <numerusform>%n Rufnummern mit Einwilligung übergeben ({format}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n Datei importiert.</numerusform>
            <numerusform>%n Dateien importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phone showed %n contact(s).</source>
        <translation>
            <numerusform>Das Telefon zeigte %n Kontakt.</numerusform>
            <numerusform>Das Telefon zeigte %n Kontakte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read: %n record(s); {imported} new, {merged} merged into an existing contact (duplicates), {unchanged} already in the vault, {skipped} unreadable. Contacts in the vault afterwards: {vault_contacts}.</source>
        <translation>
            <numerusform>Gelesen: %n Datensatz; davon {imported} neu, {merged} mit einem vorhandenen Kontakt zusammengeführt (Dubletten), {unchanged} bereits im Tresor, {skipped} nicht lesbar. Kontakte im Tresor danach: {vault_contacts}.</numerusform>
            <numerusform>Gelesen: %n Datensätze; davon {imported} neu, {merged} mit einem vorhandenen Kontakt zusammengeführt (Dubletten), {unchanged} bereits im Tresor, {skipped} nicht lesbar. Kontakte im Tresor danach: {vault_contacts}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Difference between phone and file: {difference}.</source>
        <translation>Abweichung zwischen Telefon und Datei: {difference}.</translation>
    </message>
    <message>
        <source>The contacts were deleted from the phone.</source>
        <translation>Die Kontakte wurden vom Telefon gelöscht.</translation>
    </message>
    <message>
        <source>The contacts were not deleted from the phone.</source>
        <translation>Die Kontakte wurden nicht vom Telefon gelöscht.</translation>
    </message>
    <message>
        <source>WhatsApp may read selected contacts only (route B).</source>
        <translation>WhatsApp darf nur ausgewählte Kontakte lesen (Weg B).</translation>
    </message>
    <message>
        <source>The cloud account the phone syncs contacts with was checked or cleared.</source>
        <translation>Das Cloud-Konto, mit dem das Telefon Kontakte abgleicht, wurde geprüft bzw. geleert.</translation>
    </message>
    <message>
        <source>The cloud account was not checked.</source>
        <translation>Das Cloud-Konto wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>Confirmed: the transferred contacts are on the phone.</source>
        <translation>Bestätigt: Die übergebenen Kontakte sind auf dem Telefon.</translation>
    </message>
    <message>
        <source>Not confirmed that the contacts are on the phone.</source>
        <translation>Nicht bestätigt, dass die Kontakte auf dem Telefon sind.</translation>
    </message>
    <message numerus="yes">
        <source>The phone shows %n contact(s); transferred: {transferred}.</source>
        <translation>
            <numerusform>Das Telefon zeigt %n Kontakt; übergeben: {transferred}.</numerusform>
            <numerusform>Das Telefon zeigt %n Kontakte; übergeben: {transferred}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path} holds %n name(s) and number(s) and is not encrypted. Print it or use it, then delete it.</source>
        <translation>
            <numerusform>{path} enthält %n Namen mit Nummer und ist nicht verschlüsselt. Drucken oder verwenden Sie die Datei und löschen Sie sie danach.</numerusform>
            <numerusform>{path} enthält %n Namen und Nummern und ist nicht verschlüsselt. Drucken oder verwenden Sie die Datei und löschen Sie sie danach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more number(s)</source>
        <translation>
            <numerusform>und %n weitere Rufnummer</numerusform>
            <numerusform>und %n weitere Rufnummern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not completed: the end was confirmed, but %n number(s) must still be deleted from the phone</source>
        <translation>
            <numerusform>nicht abgeschlossen: das Ende wurde bestätigt, aber %n Rufnummer muss noch vom Telefon gelöscht werden</numerusform>
            <numerusform>nicht abgeschlossen: das Ende wurde bestätigt, aber %n Rufnummern müssen noch vom Telefon gelöscht werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcedureClassifyPage</name>
    <message numerus="yes">
        <source>%n of %1 contact(s) not yet classified.</source>
        <translation>
            <numerusform>%n von %1 Kontakten ist noch nicht eingeordnet.</numerusform>
            <numerusform>%n von %1 Kontakten sind noch nicht eingeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select contacts first.</source>
        <translation>Wählen Sie zuerst Kontakte aus.</translation>
    </message>
    <message>
        <source>Unclassified contacts</source>
        <translation>Nicht eingeordnete Kontakte</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are not classified yet. They stay in the vault; only numbers with consent ever go to the phone. Continue?</source>
        <translation>
            <numerusform>%n Kontakt ist noch nicht eingeordnet. Er bleibt im Tresor; auf das Telefon kommen nur Nummern mit Einwilligung. Fortfahren?</numerusform>
            <numerusform>%n Kontakte sind noch nicht eingeordnet. Sie bleiben im Tresor; auf das Telefon kommen nur Nummern mit Einwilligung. Fortfahren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts and their categories</source>
        <translation>Kontakte und ihre Kategorien</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Select &amp;unclassified</source>
        <translation>&amp;Nicht eingeordnete auswählen</translation>
    </message>
    <message>
        <source>Set for &amp;selected</source>
        <translation>Für &amp;Auswahl setzen</translation>
    </message>
</context>
<context>
    <name>ProcedureClearPage</name>
    <message>
        <source>WhatsApp was not installed</source>
        <translation>WhatsApp war nicht installiert</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s access to the contacts was revoked</source>
        <translation>WhatsApp wurde der Zugriff auf die Kontakte entzogen</translation>
    </message>
    <message>
        <source>The WhatsApp account was deleted</source>
        <translation>Das WhatsApp-Konto wurde gelöscht</translation>
    </message>
    <message>
        <source>The WhatsApp app was removed</source>
        <translation>Die WhatsApp-App wurde entfernt</translation>
    </message>
    <message>
        <source>&amp;WhatsApp on this phone:</source>
        <translation>&amp;WhatsApp auf diesem Telefon:</translation>
    </message>
    <message>
        <source>All contacts are deleted from the phone (every account, the SIM card).</source>
        <translation>Alle Kontakte sind vom Telefon gelöscht (jedes Konto, die SIM-Karte).</translation>
    </message>
    <message>
        <source>Route B: WhatsApp may read selected contacts only.</source>
        <translation>Weg B: WhatsApp darf nur ausgewählte Kontakte lesen.</translation>
    </message>
    <message>
        <source>The cloud account the phone syncs contacts with is checked: nothing comes back.</source>
        <translation>Das Cloud-Konto, mit dem das Telefon Kontakte abgleicht, ist geprüft: Es kommt nichts zurück.</translation>
    </message>
</context>
<context>
    <name>ProcedureDonePage</name>
    <message numerus="yes">
        <source>The procedure is not complete while %n number(s) must still be deleted from this phone: %1. Delete them on the phone and confirm each under “WhatsApp phones”; then finish here.</source>
        <translation>
            <numerusform>Das Verfahren ist nicht abgeschlossen, solange %n Rufnummer noch von diesem Telefon gelöscht werden muss: %1. Löschen Sie sie auf dem Telefon und bestätigen Sie das unter „WhatsApp-Telefone“; schließen Sie dann hier ab.</numerusform>
            <numerusform>Das Verfahren ist nicht abgeschlossen, solange %n Rufnummern noch von diesem Telefon gelöscht werden müssen: %1. Löschen Sie sie auf dem Telefon und bestätigen Sie jede unter „WhatsApp-Telefone“; schließen Sie dann hier ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>protokoll</translation>
    </message>
    <message>
        <source>Save the protocol</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;HTML documents (*.html)</source>
        <translation>PDF-Dokumente (*.pdf);;HTML-Dokumente (*.html)</translation>
    </message>
    <message>
        <source>Protocol saved: %1</source>
        <translation>Protokoll gespeichert: %1</translation>
    </message>
    <message>
        <source>Summary of the procedure</source>
        <translation>Zusammenfassung des Verfahrens</translation>
    </message>
    <message>
        <source>The transferred contacts are on the phone.</source>
        <translation>Die übertragenen Kontakte sind auf dem Telefon.</translation>
    </message>
    <message>
        <source>Contacts the phone &amp;shows now:</source>
        <translation>Kontakte, die das Telefon jetzt &amp;anzeigt:</translation>
    </message>
    <message>
        <source>Save the &amp;protocol as PDF…</source>
        <translation>&amp;Protokoll als PDF speichern…</translation>
    </message>
    <message>
        <source>Progress of the protocol</source>
        <translation>Fortschritt des Protokolls</translation>
    </message>
</context>
<context>
    <name>ProcedureExportPhonePage</name>
    <message>
        <source>All contacts of the phone are exported and the file is on this computer.</source>
        <translation>Alle Kontakte des Telefons sind exportiert und die Datei liegt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Skip: this is a new phone without contacts.</source>
        <translation>Überspringen: Dies ist ein neues Telefon ohne Kontakte.</translation>
    </message>
</context>
<context>
    <name>ProcedureImportPage</name>
    <message>
        <source>Nothing to import: &amp;continue</source>
        <translation>Nichts zu importieren: &amp;weiter</translation>
    </message>
    <message>
        <source>&amp;Import and compare</source>
        <translation>&amp;Importieren und vergleichen</translation>
    </message>
    <message>
        <source>Exported contacts</source>
        <translation>Exportierte Kontakte</translation>
    </message>
    <message>
        <source>Address books (*.vcf *.vcard *.csv);;All files (*)</source>
        <translation>Adressbücher (*.vcf *.vcard *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the exported file first.</source>
        <translation>Wählen Sie zuerst die exportierte Datei.</translation>
    </message>
    <message>
        <source>The import was cancelled; the step was not recorded.</source>
        <translation>Der Import wurde abgebrochen; der Schritt wurde nicht erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>The phone shows %1; the file held %n record(s): %2 new, %3 merged with an existing contact (duplicates), %4 already in the vault, %5 unreadable.</source>
        <translation>
            <numerusform>Das Telefon zeigt %1; die Datei enthielt %n Eintrag: %2 neu, %3 mit einem vorhandenen Kontakt zusammengeführt (Doppelte), %4 schon im Tresor, %5 nicht lesbar.</numerusform>
            <numerusform>Das Telefon zeigt %1; die Datei enthielt %n Einträge: %2 neu, %3 mit einem vorhandenen Kontakt zusammengeführt (Doppelte), %4 schon im Tresor, %5 nicht lesbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) differ between phone and file. Usually an account (SIM, company account) was left out of the export: export again before clearing the phone.</source>
        <translation>
            <numerusform>%n Kontakt weicht zwischen Telefon und Datei ab. Meist wurde ein Konto (SIM-Karte, Firmenkonto) beim Export ausgelassen: Exportieren Sie erneut, bevor Sie das Telefon leeren.</numerusform>
            <numerusform>%n Kontakte weichen zwischen Telefon und Datei ab. Meist wurde ein Konto (SIM-Karte, Firmenkonto) beim Export ausgelassen: Exportieren Sie erneut, bevor Sie das Telefon leeren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported files</source>
        <translation>Exportierte Dateien</translation>
    </message>
    <message>
        <source>&amp;Choose files…</source>
        <translation>Dateien &amp;auswählen…</translation>
    </message>
    <message>
        <source>Number of contacts the phone &amp;shows:</source>
        <translation>Anzahl der Kontakte, die das Telefon &amp;anzeigt:</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
</context>
<context>
    <name>ProcedureInstallPage</name>
    <message>
        <source>WhatsApp is installed on the cleared phone.</source>
        <translation>WhatsApp ist auf dem geleerten Telefon installiert.</translation>
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
        <translation>anderes</translation>
    </message>
    <message>
        <source>New phone profile…</source>
        <translation>Neues Telefonprofil…</translation>
    </message>
    <message>
        <source>&amp;WhatsApp phone:</source>
        <translation>&amp;WhatsApp-Telefon:</translation>
    </message>
    <message>
        <source>WhatsApp phone</source>
        <translation>WhatsApp-Telefon</translation>
    </message>
    <message>
        <source>New phone profile</source>
        <translation>Neues Telefonprofil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>for example &quot;Workshop phone&quot;</source>
        <translation>zum Beispiel „Werkstatt-Handy“</translation>
    </message>
    <message>
        <source>Person &amp;responsible:</source>
        <translation>&amp;Verantwortliche Person:</translation>
    </message>
    <message>
        <source>The phone&apos;s own n&amp;umber:</source>
        <translation>Eigene Rufn&amp;ummer des Telefons:</translation>
    </message>
    <message>
        <source>&amp;Operating system:</source>
        <translation>&amp;Betriebssystem:</translation>
    </message>
    <message>
        <source>Starting point</source>
        <translation>Ausgangslage</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>What the chosen route means</source>
        <translation>Was der gewählte Weg bedeutet</translation>
    </message>
    <message>
        <source>Start the procedure again for this phone (the earlier run stays in the record)</source>
        <translation>Das Verfahren für dieses Telefon neu beginnen (der frühere Durchlauf bleibt erfasst)</translation>
    </message>
</context>
<context>
    <name>ProcedureStepPage</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>Recorded (%1) on %2 by %3.</source>
        <translation>Erfasst (%1) am %2 von %3.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n time(s); all records are kept.</source>
        <translation>
            <numerusform>%n-mal erfasst; alle Einträge bleiben erhalten.</numerusform>
            <numerusform>%n-mal erfasst; alle Einträge bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected problem: %1</source>
        <translation>Unerwartetes Problem: %1</translation>
    </message>
    <message>
        <source>Instructions for this step</source>
        <translation>Anleitung für diesen Schritt</translation>
    </message>
    <message>
        <source>Record this step &amp;again (the earlier record is kept)</source>
        <translation>Diesen Schritt &amp;erneut erfassen (der frühere Eintrag bleibt erhalten)</translation>
    </message>
</context>
<context>
    <name>ProcedureTransferPage</name>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-Dateien (*.vcf)</translation>
    </message>
    <message>
        <source>selection-list</source>
        <translation>auswahlliste</translation>
    </message>
    <message>
        <source>whatsapp-links</source>
        <translation>whatsapp-links</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;HTML documents (*.html)</source>
        <translation>PDF-Dokumente (*.pdf);;HTML-Dokumente (*.html)</translation>
    </message>
    <message>
        <source>File for the WhatsApp phone</source>
        <translation>Datei für das WhatsApp-Telefon</translation>
    </message>
    <message>
        <source>Writing the file for the phone…</source>
        <translation>Die Datei für das Telefon wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>%n consented number(s) written to %1.</source>
        <translation>
            <numerusform>%n Nummer mit Einwilligung in %1 geschrieben.</numerusform>
            <numerusform>%n Nummern mit Einwilligung in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256-Prüfsumme: %1</translation>
    </message>
    <message>
        <source>&amp;Create the file for the phone…</source>
        <translation>Datei für das Telefon &amp;erstellen…</translation>
    </message>
    <message>
        <source>Progress of the transfer</source>
        <translation>Fortschritt der Übertragung</translation>
    </message>
</context>
<context>
    <name>ProcedureWizard</name>
    <message>
        <source>Prepare a WhatsApp phone: secure contacts first, then install</source>
        <translation>WhatsApp-Telefon einrichten: zuerst Kontakte sichern, dann installieren</translation>
    </message>
    <message>
        <source>Close, continue later</source>
        <translation>Schließen, später fortsetzen</translation>
    </message>
    <message>
        <source>The wizard closes as soon as the running work has finished.</source>
        <translation>Der Assistent schließt sich, sobald die laufende Arbeit abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>The contacts are read and stored in the vault. Cancel leaves the vault as it was before.</source>
        <translation>Die Kontakte werden gelesen und im Tresor gespeichert. „Abbrechen“ lässt den Tresor, wie er war.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Die Dateien werden gelesen…</translation>
    </message>
</context>
<context>
    <name>ProtocolRow</name>
    <message>
        <source>Save the &amp;protocol as PDF…</source>
        <translation>&amp;Protokoll als PDF speichern…</translation>
    </message>
    <message>
        <source>The protocol of this phone&apos;s procedure, to print and sign: at any time, with the state it has reached.</source>
        <translation>Das Protokoll des Verfahrens für dieses Telefon, zum Ausdrucken und Unterschreiben: jederzeit, mit dem Stand, den es erreicht hat.</translation>
    </message>
    <message>
        <source>Procedure “secure contacts first, then install”: not begun yet.</source>
        <translation>Verfahren „zuerst Kontakte sichern, dann installieren“: noch nicht begonnen.</translation>
    </message>
    <message>
        <source>Procedure: %1.</source>
        <translation>Verfahren: %1.</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>protokoll</translation>
    </message>
    <message>
        <source>Save the protocol</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;HTML documents (*.html)</source>
        <translation>PDF-Dokumente (*.pdf);;HTML-Dokumente (*.html)</translation>
    </message>
    <message>
        <source>Writing the protocol…</source>
        <translation>Das Protokoll wird geschrieben…</translation>
    </message>
    <message>
        <source>Protocol saved: %1</source>
        <translation>Protokoll gespeichert: %1</translation>
    </message>
    <message>
        <source>Unexpected problem: %1</source>
        <translation>Unerwartetes Problem: %1</translation>
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
        <translation>Sofort veröffentlicht für %1: vom Server entfernt, das Telefon gleicht sich selbst ab.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>{company} · printed on {time} by {actor}</source>
        <translation>{company} · gedruckt am {time} von {actor}</translation>
    </message>
    <message>
        <source>Audit trail head at printing: {head} (check it later with &apos;contactvault audit verify --expect {head}&apos;)</source>
        <translation>Kopf des Prüfprotokolls beim Druck: {head} (später prüfen mit „contactvault audit verify --expect {head}“)</translation>
    </message>
    <message>
        <source>Template: {version}</source>
        <translation>Vorlage: {version}</translation>
    </message>
    <message>
        <source>Consent policy in force: {policy}</source>
        <translation>Geltende Einwilligungsregel: {policy}</translation>
    </message>
    <message>
        <source>Consent register</source>
        <translation>Einwilligungsregister</translation>
    </message>
    <message>
        <source>Record of processing activities (GDPR Art. 30): WhatsApp communication with customers</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO): WhatsApp-Kommunikation mit Kunden</translation>
    </message>
    <message>
        <source>Lost or stolen WhatsApp phone: {device}</source>
        <translation>Verlorenes oder gestohlenes WhatsApp-Telefon: {device}</translation>
    </message>
    <message>
        <source>Rules for employees: WhatsApp</source>
        <translation>Regeln für Beschäftigte: WhatsApp</translation>
    </message>
    <message>
        <source>Proof for the number {number}</source>
        <translation>Nachweis für die Nummer {number}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Notice version</source>
        <translation>Hinweis-Version</translation>
    </message>
    <message>
        <source>On phones</source>
        <translation>Auf Telefonen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Examined whether Threema or Signal can be used instead of WhatsApp: yes. Result: {answer}</source>
        <translation>Geprüft, ob statt WhatsApp Threema oder Signal eingesetzt werden kann: ja. Ergebnis: {answer}</translation>
    </message>
    <message>
        <source>Whether Threema or Signal can be used instead of WhatsApp has not been examined yet (Settings, “Examined whether Threema or Signal can be used instead of WhatsApp”).</source>
        <translation>Ob statt WhatsApp Threema oder Signal eingesetzt werden kann, ist noch nicht geprüft (Einstellungen, „Geprüft, ob Threema oder Signal statt WhatsApp eingesetzt werden kann“).</translation>
    </message>
    <message>
        <source>no result recorded</source>
        <translation>kein Ergebnis erfasst</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n Nummer</numerusform>
            <numerusform>%n Nummern</numerusform>
        </translation>
    </message>
    <message>
        <source>(not set in the settings)</source>
        <translation>(in den Einstellungen nicht angegeben)</translation>
    </message>
    <message>
        <source>none appointed</source>
        <translation>nicht benannt</translation>
    </message>
    <message>
        <source>On the phone since</source>
        <translation>Auf dem Telefon seit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation>Protokolleintrag</translation>
    </message>
    <message>
        <source>Exported to {device} ({format}), shown as &apos;{name}&apos;</source>
        <translation>Exportiert auf {device} ({format}), angezeigt als „{name}“</translation>
    </message>
    <message>
        <source>Removal from {device} confirmed</source>
        <translation>Löschung von {device} bestätigt</translation>
    </message>
    <message>
        <source>Notice sent: {version}, SHA-256 of its wording {digest}</source>
        <translation>Hinweis gesendet: {version}, SHA-256 des Wortlauts {digest}</translation>
    </message>
    <message>
        <source>First message from the customer (implied consent by conduct)</source>
        <translation>Erste Nachricht des Kunden (schlüssige Einwilligung)</translation>
    </message>
    <message>
        <source>Today&apos;s decision for {name}: {status} — {reason}</source>
        <translation>Heutige Entscheidung für {name}: {status} – {reason}</translation>
    </message>
    <message>
        <source>Everything recorded about this number, oldest first</source>
        <translation>Alles, was zu dieser Nummer erfasst ist, älteste zuerst</translation>
    </message>
    <message>
        <source>What the phone held (by the exports, minus confirmed removals)</source>
        <translation>Was auf dem Telefon war (laut Exporten, abzüglich bestätigter Löschungen)</translation>
    </message>
    <message>
        <source>Audit trail head</source>
        <translation>Kopf des Prüfprotokolls</translation>
    </message>
    <message>
        <source>Consent policy in force</source>
        <translation>Geltende Einwilligungsregel</translation>
    </message>
</context>
<context>
    <name>Request</name>
    <message>
        <source>Information under GDPR Art. 15</source>
        <translation>Auskunft nach Art. 15 DSGVO</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Stored since</source>
        <translation>Gespeichert seit</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Processing restricted since</source>
        <translation>Verarbeitung eingeschränkt seit</translation>
    </message>
    <message>
        <source>Contact id</source>
        <translation>Kontakt-ID</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>As stored</source>
        <translation>Wie gespeichert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status today</source>
        <translation>Stand heute</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Legal basis, purpose, channel</source>
        <translation>Rechtsgrundlage, Zweck, Weg</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Recorded by, at</source>
        <translation>Erfasst von, am</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>WhatsApp phone</source>
        <translation>WhatsApp-Telefon</translation>
    </message>
    <message>
        <source>Name on the phone</source>
        <translation>Name auf dem Telefon</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>File, line, format</source>
        <translation>Datei, Zeile, Format</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Original record</source>
        <translation>Ursprünglicher Datensatz</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>notice handed over with the request</source>
        <translation>Hinweis mit der Anfrage übergeben</translation>
    </message>
    <message>
        <source>WhatsApp (WhatsApp Ireland Ltd., part of Meta) may hold your number {numbers} since {date}, when it was first put on a WhatsApp phone ({device}): WhatsApp uploads the phone&apos;s address book to its servers, and such an upload cannot be recalled.</source>
        <translation>WhatsApp (WhatsApp Ireland Ltd., Teil von Meta) kann Ihre Nummer {numbers} seit dem {date} haben, als sie zum ersten Mal auf ein WhatsApp-Telefon ({device}) kam: WhatsApp lädt das Adressbuch des Telefons auf seine Server hoch, und ein solcher Upload kann nicht zurückgeholt werden.</translation>
    </message>
    <message>
        <source>None of your numbers was ever put on a WhatsApp phone by us; WhatsApp has not received them from us.</source>
        <translation>Keine Ihrer Nummern wurde von uns je auf ein WhatsApp-Telefon übertragen; WhatsApp hat sie nicht von uns erhalten.</translation>
    </message>
    <message>
        <source>removed on {date} by {actor}</source>
        <translation>am {date} von {actor} entfernt</translation>
    </message>
    <message>
        <source>still on the phone</source>
        <translation>noch auf dem Telefon</translation>
    </message>
    <message>
        <source>Information about the data we hold about you (GDPR Art. 15)</source>
        <translation>Auskunft über die Daten, die wir über Sie gespeichert haben (Art. 15 DSGVO)</translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message>
        <source>Data-subject requests – %1</source>
        <translation>Betroffenenrechte – %1</translation>
    </message>
    <message>
        <source>What the person asked for under the GDPR. Each action is recorded in the audit trail.</source>
        <translation>Was die Person nach der DSGVO verlangt hat. Jede Aktion wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Access (Art. 15)</source>
        <translation>Auskunft (Art. 15)</translation>
    </message>
    <message>
        <source>Everything stored about the person, as PDF or JSON.</source>
        <translation>Alles, was über die Person gespeichert ist, als PDF oder JSON.</translation>
    </message>
    <message>
        <source>&amp;Save information…</source>
        <translation>Auskunft &amp;speichern…</translation>
    </message>
    <message>
        <source>Rectification (Art. 16)</source>
        <translation>Berichtigung (Art. 16)</translation>
    </message>
    <message>
        <source>the correct number</source>
        <translation>die richtige Nummer</translation>
    </message>
    <message>
        <source>why (optional)</source>
        <translation>warum (freiwillig)</translation>
    </message>
    <message>
        <source>&amp;Correct number</source>
        <translation>Nummer &amp;berichtigen</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>Correct number:</source>
        <translation>Richtige Nummer:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Restriction (Art. 18) and objection (Art. 21)</source>
        <translation>Einschränkung (Art. 18) und Widerspruch (Art. 21)</translation>
    </message>
    <message>
        <source>what the person said, and where</source>
        <translation>was die Person gesagt hat, und wo</translation>
    </message>
    <message>
        <source>Record &amp;objection</source>
        <translation>&amp;Widerspruch erfassen</translation>
    </message>
    <message>
        <source>Revokes the consent of the number chosen above; a later implied consent by conduct no longer counts</source>
        <translation>Widerruft die Einwilligung der oben gewählten Nummer; eine spätere schlüssige Einwilligung (durch Verhalten) zählt nicht mehr</translation>
    </message>
    <message>
        <source>Erasure (Art. 17)</source>
        <translation>Löschung (Art. 17)</translation>
    </message>
    <message>
        <source>Removes the person&apos;s data for good; keeps only that an erasure happened and a keyed hash of each number.</source>
        <translation>Entfernt die Daten der Person endgültig; behalten werden nur, dass gelöscht wurde, und ein Schlüssel-Hash jeder Nummer.</translation>
    </message>
    <message>
        <source>&amp;Erase person…</source>
        <translation>Person &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Processing is restricted since %1: the contact stays off every WhatsApp phone.</source>
        <translation>Die Verarbeitung ist eingeschränkt seit %1: Der Kontakt kommt auf kein WhatsApp-Telefon.</translation>
    </message>
    <message>
        <source>&amp;Lift restriction</source>
        <translation>Einschränkung &amp;aufheben</translation>
    </message>
    <message>
        <source>Processing is not restricted.</source>
        <translation>Die Verarbeitung ist nicht eingeschränkt.</translation>
    </message>
    <message>
        <source>&amp;Restrict processing</source>
        <translation>Verarbeitung &amp;einschränken</translation>
    </message>
    <message>
        <source>Save information</source>
        <translation>Auskunft speichern</translation>
    </message>
    <message>
        <source>Information %1.pdf</source>
        <translation>Auskunft %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1. The file holds the person&apos;s data unencrypted: hand it over securely and delete it afterwards.</source>
        <translation>Gespeichert unter %1. Die Datei enthält die Daten der Person unverschlüsselt: Übergeben Sie sie sicher und löschen Sie sie danach.</translation>
    </message>
    <message>
        <source>Enter the correct number.</source>
        <translation>Geben Sie die richtige Nummer ein.</translation>
    </message>
    <message>
        <source>Corrected %1 to %2; the old number is kept in the history. Consent must be recorded for the new number.</source>
        <translation>%1 zu %2 berichtigt; die alte Nummer bleibt im Verlauf erhalten. Für die neue Nummer muss eine Einwilligung erfasst werden.</translation>
    </message>
    <message>
        <source>Restriction lifted.</source>
        <translation>Einschränkung aufgehoben.</translation>
    </message>
    <message>
        <source>Processing restricted. Numbers already on a WhatsApp phone are on its removal list.</source>
        <translation>Verarbeitung eingeschränkt. Nummern, die schon auf einem WhatsApp-Telefon sind, stehen auf dessen Löschliste.</translation>
    </message>
    <message>
        <source>Objection recorded for %1: consent revoked; a later implied consent no longer counts.</source>
        <translation>Widerspruch für %1 erfasst: Die Einwilligung ist widerrufen; eine spätere schlüssige Einwilligung (durch Verhalten) zählt nicht mehr.</translation>
    </message>
    <message>
        <source>Erase %1 for good? The contact, its numbers (%2), the consent history with its evidence, the texts sent and the original records are deleted. Only that an erasure happened and a keyed hash of each number are kept.</source>
        <translation>%1 endgültig löschen? Der Kontakt, seine Nummern (%2), der Verlauf der Einwilligung mit den Nachweisen, die gesendeten Texte und die ursprünglichen Datensätze werden gelöscht. Behalten werden nur, dass gelöscht wurde, und ein Schlüssel-Hash jeder Nummer.</translation>
    </message>
    <message>
        <source>WhatsApp phones that received a number: %1</source>
        <translation>WhatsApp-Telefone, die eine Nummer erhalten haben: %1</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>%1 was erased (erasure %2).</source>
        <translation>%1 wurde gelöscht (Löschung %2).</translation>
    </message>
    <message>
        <source>Delete now from the phones (afterwards the removal lists show these entries only as erased):</source>
        <translation>Jetzt von den Telefonen löschen (danach zeigen die Löschlisten diese Einträge nur noch als gelöscht):</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) made before still hold the data:</source>
        <translation>
            <numerusform>%n ältere Sicherung enthält die Daten noch:</numerusform>
            <numerusform>%n ältere Sicherungen enthalten die Daten noch:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
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
        <translation>Neu importierte Kontakte: %1
Mit vorhandenen Kontakten zusammengeführt: %2
Schon im Tresor (unverändert): %3
Übersprungen (nicht lesbar): %4
Nummern behalten, aber als ungültig oder zweifelhaft markiert: %5
Dateien, die nicht gelesen werden konnten: %6</translation>
    </message>
</context>
<context>
    <name>RetentionReview</name>
    <message>
        <source>Retention period</source>
        <translation>Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>No contact is past the retention period.</source>
        <translation>Kein Kontakt hat die Aufbewahrungsfrist überschritten.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more contact(s)</source>
        <translation>
            <numerusform>… und %n weiterer Kontakt</numerusform>
            <numerusform>… und %n weitere Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) had no activity for the retention period:</source>
        <translation>
            <numerusform>%n Kontakt hatte während der Aufbewahrungsfrist keine Aktivität:</numerusform>
            <numerusform>%n Kontakte hatten während der Aufbewahrungsfrist keine Aktivität:</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase all of them for good?</source>
        <translation>Alle endgültig löschen?</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) erased.</source>
        <translation>
            <numerusform>%n Kontakt gelöscht.</numerusform>
            <numerusform>%n Kontakte gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) must be deleted from WhatsApp phones; see their removal lists.</source>
        <translation>
            <numerusform>%n Eintrag muss von WhatsApp-Telefonen gelöscht werden; siehe deren Löschlisten.</numerusform>
            <numerusform>%n Einträge müssen von WhatsApp-Telefonen gelöscht werden; siehe deren Löschlisten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Why allowed</source>
        <translation>Warum erlaubt</translation>
    </message>
    <message>
        <source>Also stored for</source>
        <translation>Auch gespeichert bei</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Warum nicht</translation>
    </message>
    <message>
        <source>Goes onto the phone (%1)</source>
        <translation>Kommt auf das Telefon (%1)</translation>
    </message>
    <message>
        <source>Stays off the phone (%1)</source>
        <translation>Bleibt vom Telefon fern (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) %1 go onto &quot;%2&quot; (%3).</source>
        <translation>
            <numerusform>%n Nummer %1 kommt auf „%2“ (%3).</numerusform>
            <numerusform>%n Nummern %1 kommen auf „%2“ (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n contact(s)</source>
        <translation>
            <numerusform>von %n Kontakt</numerusform>
            <numerusform>von %n Kontakten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allowed number(s) are on the phone already.</source>
        <translation>
            <numerusform>%n erlaubte Nummer ist schon auf dem Telefon.</numerusform>
            <numerusform>%n erlaubte Nummern sind schon auf dem Telefon.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing new to put onto the phone. Numbers that must come off it are listed under &quot;WhatsApp phones&quot;; you can close this assistant.</source>
        <translation>Es gibt nichts Neues für das Telefon. Nummern, die vom Telefon müssen, stehen unter „WhatsApp-Telefone“; Sie können diesen Assistenten schließen.</translation>
    </message>
    <message>
        <source>Policy in force: %1</source>
        <translation>Geltende Regel: %1</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <source>Sent – record it</source>
        <translation>Gesendet – erfassen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Copied to the clipboard again.</source>
        <translation>Erneut in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Was it sent?</source>
        <translation>Wurde es gesendet?</translation>
    </message>
    <message>
        <source>The text on the clipboard</source>
        <translation>Der Text in der Zwischenablage</translation>
    </message>
    <message>
        <source>Copy &amp;again</source>
        <translation>&amp;Erneut kopieren</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Gesendet am:</translation>
    </message>
    <message>
        <source>Date and time it was sent</source>
        <translation>Datum und Uhrzeit des Sendens</translation>
    </message>
</context>
<context>
    <name>Serving</name>
    <message>
        <source>Last fetched: {time} (current state)</source>
        <translation>Zuletzt abgeholt: {time} (aktueller Stand)</translation>
    </message>
    <message>
        <source>Last fetched: {time} (older state: the phone has not yet fetched the publish of {changed})</source>
        <translation>Zuletzt abgeholt: {time} (älterer Stand: das Telefon hat die Veröffentlichung vom {changed} noch nicht abgeholt)</translation>
    </message>
    <message>
        <source>Never fetched: the phone has not yet read its address book on this PC&apos;s server.</source>
        <translation>Noch nie abgeholt: das Telefon hat sein Adressbuch auf dem Server dieses PCs noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Whether the phone fetched its address book is not known: it is on another CardDAV server, which does not tell.</source>
        <translation>Ob das Telefon sein Adressbuch abgeholt hat, ist nicht bekannt: es liegt auf einem anderen CardDAV-Server, der das nicht mitteilt.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monaten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>(no company name yet)</source>
        <translation>(noch kein Firmenname)</translation>
    </message>
    <message>
        <source>no data-protection officer appointed</source>
        <translation>keine(n) Datenschutzbeauftragte(n) benannt</translation>
    </message>
    <message>
        <source>data-protection officer: %1</source>
        <translation>Datenschutzbeauftragte(r): %1</translation>
    </message>
    <message>
        <source>data-protection officer not entered yet</source>
        <translation>Datenschutzbeauftragte(r) noch nicht eingetragen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language is used from the next start of contactvault.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von contactvault.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Numbers and consent</source>
        <translation>Nummern und Einwilligung</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>Standard&amp;region:</translation>
    </message>
    <message>
        <source>Default region for numbers without country code</source>
        <translation>Standardregion für Nummern ohne Ländervorwahl</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>Re&amp;gel:</translation>
    </message>
    <message>
        <source>Consent policy</source>
        <translation>Einwilligungsregel</translation>
    </message>
    <message>
        <source>Re-&amp;confirm consent after:</source>
        <translation>Einwilligung &amp;erneuern nach:</translation>
    </message>
    <message>
        <source>Re-confirm consent after months</source>
        <translation>Einwilligung erneuern nach Monaten</translation>
    </message>
    <message>
        <source>&amp;Answer period for implied consent:</source>
        <translation>&amp;Antwortfrist für schlüssige Einwilligung:</translation>
    </message>
    <message>
        <source>Answer period for implied consent in days</source>
        <translation>Antwortfrist für schlüssige Einwilligung in Tagen</translation>
    </message>
    <message>
        <source>Implied consent by conduct (the customer wrote first) stops counting when the customer has not confirmed it this many days after the notice.</source>
        <translation>Eine schlüssige Einwilligung (durch Verhalten; der Kunde schrieb zuerst) zählt nicht mehr, wenn der Kunde sie so viele Tage nach dem Datenschutzhinweis nicht bestätigt hat.</translation>
    </message>
    <message>
        <source>P&amp;urpose of the WhatsApp phones:</source>
        <translation>&amp;Zweck der WhatsApp-Telefone:</translation>
    </message>
    <message>
        <source>Purpose of the WhatsApp phones</source>
        <translation>Zweck der WhatsApp-Telefone</translation>
    </message>
    <message>
        <source>A contract (GDPR Art. 6(1)(b)) makes a number &amp;eligible</source>
        <translation>Ein &amp;Vertrag (Art. 6 Abs. 1 lit. b DSGVO) macht eine Nummer zulässig</translation>
    </message>
    <message>
        <source>Legitimate &amp;interest (GDPR Art. 6(1)(f)) makes a number eligible</source>
        <translation>&amp;Berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO) macht eine Nummer zulässig</translation>
    </message>
    <message>
        <source>Your business (for the information notice and the documents)</source>
        <translation>Ihr Betrieb (für den Datenschutzhinweis und die Dokumente)</translation>
    </message>
    <message>
        <source>Edit the &amp;business&apos;s details…</source>
        <translation>Angaben zum &amp;Betrieb bearbeiten…</translation>
    </message>
    <message>
        <source>Examined whether Threema or Signal can be used &amp;instead of WhatsApp</source>
        <translation>Geprüft, ob Threema oder Signal &amp;statt WhatsApp eingesetzt werden kann</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>Erge&amp;bnis:</translation>
    </message>
    <message>
        <source>Result of examining Threema or Signal</source>
        <translation>Ergebnis der Prüfung von Threema oder Signal</translation>
    </message>
    <message>
        <source>e.g. why WhatsApp is still needed (for the record of processing)</source>
        <translation>z. B. warum WhatsApp dennoch nötig ist (für das Verarbeitungsverzeichnis)</translation>
    </message>
    <message>
        <source>Only the data-protection officer should switch this on. Off: only consent and employees&apos; own business numbers count.</source>
        <translation>Nur die oder der Datenschutzbeauftragte sollte dies einschalten. Aus: Nur Einwilligungen und dienstliche Nummern von Mitarbeitern zählen.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>&amp;Lock when idle after:</source>
        <translation>Sperren bei &amp;Untätigkeit nach:</translation>
    </message>
    <message>
        <source>Lock when idle after minutes</source>
        <translation>Sperren bei Untätigkeit nach Minuten</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Language of the application</source>
        <translation>Sprache der Anwendung</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Vault: %1</source>
        <translation>Tresor: %1</translation>
    </message>
    <message>
        <source>The vault is locked</source>
        <translation>Der Tresor ist gesperrt</translation>
    </message>
    <message>
        <source>Your contacts are stored encrypted. Enter the passphrase to open them.</source>
        <translation>Ihre Kontakte sind verschlüsselt gespeichert. Geben Sie die Passphrase ein, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Welcome to contactvault</source>
        <translation>Willkommen bei contactvault</translation>
    </message>
    <message>
        <source>There is no vault here yet. Create one to keep your business contacts encrypted; afterwards you can import a phone&apos;s address book.</source>
        <translation>Hier gibt es noch keinen Tresor. Legen Sie einen an, um Ihre geschäftlichen Kontakte verschlüsselt aufzubewahren; danach können Sie das Adressbuch eines Telefons importieren.</translation>
    </message>
    <message>
        <source>This computer offers no secret store (GNOME Keyring or KWallet, the macOS Keychain, the Windows Credential Manager): the passphrase cannot be remembered and is asked for at every start.</source>
        <translation>Dieser Computer bietet keinen Schlüsselspeicher (GNOME-Schlüsselbund oder KWallet, macOS-Schlüsselbund, Windows-Anmeldeinformationsverwaltung): Die Passphrase kann nicht gespeichert werden und wird bei jedem Start abgefragt.</translation>
    </message>
    <message>
        <source>Please enter the passphrase.</source>
        <translation>Bitte geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>Passphrase not remembered</source>
        <translation>Passphrase nicht gespeichert</translation>
    </message>
    <message>
        <source>No passphrase is remembered for this vault.</source>
        <translation>Für diesen Tresor ist keine Passphrase gespeichert.</translation>
    </message>
    <message>
        <source>The passphrase remembered in the secret store does not open this vault (was it changed?). Please enter it.</source>
        <translation>Die im Schlüsselbund gespeicherte Passphrase öffnet diesen Tresor nicht (wurde sie geändert?). Bitte geben Sie sie ein.</translation>
    </message>
    <message>
        <source>A different vault</source>
        <translation>Ein anderer Tresor</translation>
    </message>
    <message>
        <source>Unfinished work cleaned up</source>
        <translation>Unterbrochene Arbeit aufgeräumt</translation>
    </message>
    <message>
        <source>Choose a vault file</source>
        <translation>Tresordatei auswählen</translation>
    </message>
    <message>
        <source>contactvault vaults (*.cvault);;All files (*)</source>
        <translation>contactvault-Tresore (*.cvault);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Other vault…</source>
        <translation>Anderer Tresor…</translation>
    </message>
    <message>
        <source>Choose another vault file</source>
        <translation>Eine andere Tresordatei auswählen</translation>
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
        <translation>Im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Create new vault…</source>
        <translation>&amp;Neuen Tresor anlegen…</translation>
    </message>
    <message>
        <source>Use &amp;secret store</source>
        <translation>&amp;Schlüsselbund verwenden</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
</context>
<context>
    <name>Vaults</name>
    <message>
        <source>Warning: {path} is not the vault that was opened here before (its identity was {known}, now it is {found}). Someone replaced the file, or restored a backup of another vault. Check that these are the contacts and consents you expect before you record anything or export to a phone.</source>
        <translation>Warnung: {path} ist nicht der Tresor, der hier zuvor geöffnet wurde (seine Kennung war {known}, jetzt ist sie {found}). Jemand hat die Datei ersetzt oder die Sicherung eines anderen Tresors zurückgespielt. Prüfen Sie, ob dies die erwarteten Kontakte und Einwilligungen sind, bevor Sie etwas erfassen oder auf ein Telefon exportieren.</translation>
    </message>
    <message>
        <source>A restore was interrupted before it replaced the vault; its copy {path} was removed. The vault is as it was.</source>
        <translation>Eine Wiederherstellung wurde abgebrochen, bevor sie den Tresor ersetzt hat; ihre Kopie {path} wurde entfernt. Der Tresor ist unverändert.</translation>
    </message>
    <message>
        <source>A restore was interrupted before it replaced the vault; the second name {path} it had given the vault was removed. The vault is as it was.</source>
        <translation>Eine Wiederherstellung wurde abgebrochen, bevor sie den Tresor ersetzt hat; der zweite Name {path}, den sie dem Tresor gegeben hatte, wurde entfernt. Der Tresor ist unverändert.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Your vault is ready</source>
        <translation>Ihr Tresor ist bereit</translation>
    </message>
    <message>
        <source>contactvault keeps your business contacts encrypted on this computer and records for every phone number whether the person agreed to be contacted on WhatsApp. Only those numbers go onto the WhatsApp phone: secure the contacts first, then install WhatsApp.</source>
        <translation>contactvault bewahrt Ihre geschäftlichen Kontakte verschlüsselt auf diesem Computer auf und hält für jede Telefonnummer fest, ob die Person in den Kontakt über WhatsApp eingewilligt hat. Nur diese Nummern kommen auf das WhatsApp-Telefon: erst die Kontakte sichern, dann WhatsApp installieren.</translation>
    </message>
    <message>
        <source>&amp;Prepare a WhatsApp phone (recommended)</source>
        <translation>WhatsApp-Telefon &amp;einrichten (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;Import contacts</source>
        <translation>Kontakte &amp;importieren</translation>
    </message>
    <message>
        <source>The procedure guides you step by step: import the phone&apos;s address book, sort out private contacts, then put only the permitted numbers on the phone. You can also drop address-book files onto this window.</source>
        <translation>Das Verfahren führt Sie Schritt für Schritt: das Adressbuch des Telefons einlesen, private Kontakte aussortieren, dann nur die erlaubten Nummern auf das Telefon bringen. Sie können Adressbuch-Dateien auch auf dieses Fenster ziehen.</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <source>Write the file</source>
        <translation>Datei schreiben</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>The file is NOT encrypted: it holds the names and numbers in plain text. Copy it to the WhatsApp phone, import it there, then delete it from this computer and from the phone&apos;s downloads.</source>
        <translation>Die Datei ist NICHT verschlüsselt: Sie enthält die Namen und Nummern im Klartext. Kopieren Sie sie auf das WhatsApp-Telefon, importieren Sie sie dort und löschen Sie sie danach von diesem Computer und aus den Downloads des Telefons.</translation>
    </message>
    <message>
        <source>&amp;Write file</source>
        <translation>Datei &amp;schreiben</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Export speichern unter</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-Dateien (*.vcf)</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 gibt es schon. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Version des Programms zeigen und beenden</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet einen Wert</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>erwartet höchstens einen Wert</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>erwartet mindestens einen Wert</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>erwartet %s Wert</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>erwartet %s Werte</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger Wert (%(type)s): %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit dem Argument %s erlaubt</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines dieser Argumente wird gebraucht: %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>Argument %r wurde ignoriert</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>unerwartete Option: %s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; lässt sich nicht öffnen: %(error)s</translation>
    </message>
</context>
</TS>
