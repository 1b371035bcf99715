<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>CliHelp</name>
        <message>
            <source>Business contacts in an encrypted vault; only consented numbers go onto the WhatsApp phone.</source>
            <translation>Geschäftskontakte in einem verschlüsselten Tresor; nur Nummern mit Einwilligung kommen auf das WhatsApp-Telefon.</translation>
        </message>
        <message>
            <source>vault file (default: the user data directory)</source>
            <translation>Tresor-Datei (Standard: der Datenordner des Benutzers)</translation>
        </message>
        <message>
            <source>read the passphrase from FILE (for scripts; less safe)</source>
            <translation>die Passphrase aus FILE lesen (für Skripte; weniger sicher)</translation>
        </message>
        <message>
            <source>start the desktop app</source>
            <translation>die Desktop-App starten</translation>
        </message>
        <message>
            <source>create a new encrypted vault</source>
            <translation>einen neuen verschlüsselten Tresor anlegen</translation>
        </message>
        <message>
            <source>change the vault's passphrase</source>
            <translation>die Passphrase des Tresors ändern</translation>
        </message>
        <message>
            <source>write an encrypted copy of the vault</source>
            <translation>eine verschlüsselte Sicherung des Tresors schreiben</translation>
        </message>
        <message>
            <source>replace the vault with an encrypted backup</source>
            <translation>den Tresor durch eine verschlüsselte Sicherung ersetzen</translation>
        </message>
        <message>
            <source>read every page of the vault and report damage</source>
            <translation>jede Seite des Tresors lesen und Schäden melden</translation>
        </message>
        <message>
            <source>remember the passphrase in the secret store</source>
            <translation>die Passphrase im Schlüsselspeicher merken</translation>
        </message>
        <message>
            <source>remove the passphrase from the secret store</source>
            <translation>die Passphrase aus dem Schlüsselspeicher entfernen</translation>
        </message>
        <message>
            <source>import vCard or CSV address books</source>
            <translation>Adressbücher als vCard oder CSV einlesen</translation>
        </message>
        <message>
            <source>list contacts</source>
            <translation>Kontakte auflisten</translation>
        </message>
        <message>
            <source>show one contact with everything stored about it</source>
            <translation>einen Kontakt mit allem zeigen, was über ihn gespeichert ist</translation>
        </message>
        <message>
            <source>set the category of contacts</source>
            <translation>die Kategorie von Kontakten setzen</translation>
        </message>
        <message>
            <source>the 'secure contacts first, then install' procedure for a WhatsApp phone</source>
            <translation>das Verfahren „erst Kontakte sichern, dann installieren“ für ein WhatsApp-Telefon</translation>
        </message>
        <message>
            <source>record and show consent per phone number</source>
            <translation>Einwilligungen je Telefonnummer erfassen und zeigen</translation>
        </message>
        <message>
            <source>texts for customers: information notice, revocation</source>
            <translation>Texte für Kunden: Datenschutzhinweis, Widerruf</translation>
        </message>
        <message>
            <source>read exported WhatsApp chats</source>
            <translation>exportierte WhatsApp-Chats lesen</translation>
        </message>
        <message>
            <source>WhatsApp phones that exports are made for</source>
            <translation>WhatsApp-Telefone, für die exportiert wird</translation>
        </message>
        <message>
            <source>write the vCard for a WhatsApp phone</source>
            <translation>die vCard-Datei für ein WhatsApp-Telefon schreiben</translation>
        </message>
        <message>
            <source>numbers to delete from a WhatsApp phone</source>
            <translation>Nummern, die von einem WhatsApp-Telefon zu löschen sind</translation>
        </message>
        <message>
            <source>make a phone's CardDAV address book hold exactly its eligible contacts</source>
            <translation>dafür sorgen, dass das CardDAV-Adressbuch eines Telefons genau seine zulässigen Kontakte enthält</translation>
        </message>
        <message>
            <source>run a CardDAV server on this PC for the WhatsApp phones</source>
            <translation>einen CardDAV-Server auf diesem PC für die WhatsApp-Telefone betreiben</translation>
        </message>
        <message>
            <source>the tamper-evident audit trail</source>
            <translation>das manipulationssichere Änderungsprotokoll</translation>
        </message>
        <message>
            <source>show and change the vault's settings (policy, company details for the notice, …)</source>
            <translation>die Einstellungen des Tresors zeigen und ändern (Regel, Angaben des Betriebs für den Hinweis, …)</translation>
        </message>
        <message>
            <source>the data-protection officer's overview and documents</source>
            <translation>Übersicht und Unterlagen für die Datenschutzbeauftragten</translation>
        </message>
        <message>
            <source>the proof for one number: first message, notice, answer, every export and removal, with audit entries</source>
            <translation>der Nachweis für eine Nummer: erste Nachricht, Hinweis, Antwort, jeder Export und jede Löschung, mit den Einträgen des Änderungsprotokolls</translation>
        </message>
        <message>
            <source>data-subject requests: access, erasure, rectification, restriction, objection</source>
            <translation>Betroffenenrechte: Auskunft, Löschung, Berichtigung, Einschränkung, Widerspruch</translation>
        </message>
        <message>
            <source>address books to import once the vault is unlocked</source>
            <translation>Adressbücher, die nach dem Entsperren eingelesen werden</translation>
        </message>
        <message>
            <source>remember the passphrase in the system's secret store</source>
            <translation>die Passphrase im Schlüsselspeicher des Systems merken</translation>
        </message>
        <message>
            <source>read the new passphrase from this file</source>
            <translation>die neue Passphrase aus dieser Datei lesen</translation>
        </message>
        <message>
            <source>replace the file if it exists (never a vault or a backup: those are refused even with --force; exit code 12)</source>
            <translation>die Datei ersetzen, falls es sie gibt (nie einen Tresor oder eine Sicherung: die werden auch mit --force abgelehnt; Rückgabewert 12)</translation>
        </message>
        <message>
            <source>the audit trail head printed when the backup was written; refuses a backup that no longer holds it</source>
            <translation>der Stand des Änderungsprotokolls, der beim Schreiben der Sicherung ausgegeben wurde; eine Sicherung, die ihn nicht mehr enthält, wird abgelehnt</translation>
        </message>
        <message>
            <source>default region for numbers without country code (DE)</source>
            <translation>Standardregion für Nummern ohne Ländervorwahl (DE)</translation>
        </message>
        <message>
            <source>print the report as JSON</source>
            <translation>den Bericht als JSON ausgeben</translation>
        </message>
        <message>
            <source>what a column of a table (CSV, Excel, OpenDocument) holds, e.g. "Handy=phone"; FIELD is one of name, given, middle, family, prefix, suffix, company, department, title, phone, email, note, ignore; repeatable</source>
            <translation>was eine Spalte einer Tabelle (CSV, Excel, OpenDocument) enthält, z. B. "Handy=phone"; FELD ist eines von name, given, middle, family, prefix, suffix, company, department, title, phone, email, note, ignore (oder Vorname, Nachname, Firma, Telefon, E-Mail, Notiz, ignorieren); mehrfach angebbar</translation>
        </message>
        <message>
            <source>show how the columns will be read and the first rows; import nothing</source>
            <translation>zeigen, wie die Spalten gelesen werden, und die ersten Zeilen; nichts importieren</translation>
        </message>
        <message>
            <source>import records of people who were erased earlier (GDPR Art. 17); without it they are reported and skipped</source>
            <translation>auch Datensätze von früher gelöschten Personen importieren (Art. 17 DSGVO); ohne diese Option werden sie gemeldet und übersprungen</translation>
        </message>
        <message>
            <source>text or digits to look for</source>
            <translation>gesuchter Text oder gesuchte Ziffern</translation>
        </message>
        <message>
            <source>where the procedure stands for a phone</source>
            <translation>wo das Verfahren für ein Telefon steht</translation>
        </message>
        <message>
            <source>step 1: starting point and route</source>
            <translation>Schritt 1: Ausgangslage und Weg</translation>
        </message>
        <message>
            <source>step 2: the phone's contacts were exported</source>
            <translation>Schritt 2: die Kontakte des Telefons wurden exportiert</translation>
        </message>
        <message>
            <source>step 3: import the exported file(s), compare counts</source>
            <translation>Schritt 3: die exportierte(n) Datei(en) einlesen, Anzahl vergleichen</translation>
        </message>
        <message>
            <source>step 4: record the counts per category</source>
            <translation>Schritt 4: die Anzahl je Kategorie festhalten</translation>
        </message>
        <message>
            <source>step 5: confirm the phone was cleared</source>
            <translation>Schritt 5: bestätigen, dass das Telefon geleert wurde</translation>
        </message>
        <message>
            <source>step 6: WhatsApp installed on the cleared phone</source>
            <translation>Schritt 6: WhatsApp auf dem geleerten Telefon installiert</translation>
        </message>
        <message>
            <source>step 7: write the export for the phone's route</source>
            <translation>Schritt 7: den Export für den Weg des Telefons schreiben</translation>
        </message>
        <message>
            <source>step 8: confirm the contacts are on the phone</source>
            <translation>Schritt 8: bestätigen, dass die Kontakte auf dem Telefon sind</translation>
        </message>
        <message>
            <source>write the protocol (PDF, or HTML by extension)</source>
            <translation>das Protokoll schreiben (PDF, oder HTML nach Dateiendung)</translation>
        </message>
        <message>
            <source>route B/C: the selection list or links sheet (PDF or HTML by extension), recorded as an export</source>
            <translation>Weg B/C: die Auswahlliste oder das Link-Blatt (PDF oder HTML nach Dateiendung), als Export festgehalten</translation>
        </message>
        <message>
            <source>print the instructions for a step</source>
            <translation>die Anleitung für einen Schritt ausgeben</translation>
        </message>
        <message>
            <source>the WhatsApp phone</source>
            <translation>das WhatsApp-Telefon</translation>
        </message>
        <message>
            <source>dedicated (A), selected (B) or no_address_book (C)</source>
            <translation>dedicated (A: eigenes Telefon), selected (B: ausgewählte Kontakte) oder no_address_book (C: ohne Adressbuch)</translation>
        </message>
        <message>
            <source>start over for a phone whose procedure was done before</source>
            <translation>neu beginnen für ein Telefon, dessen Verfahren schon abgeschlossen war</translation>
        </message>
        <message>
            <source>new phone: nothing to export</source>
            <translation>neues Telefon: nichts zu exportieren</translation>
        </message>
        <message>
            <source>the number of contacts the phone shows</source>
            <translation>die Anzahl der Kontakte, die das Telefon anzeigt</translation>
        </message>
        <message>
            <source>nothing to import (new phone)</source>
            <translation>nichts einzulesen (neues Telefon)</translation>
        </message>
        <message>
            <source>what was done about WhatsApp on the phone</source>
            <translation>was mit WhatsApp auf dem Telefon geschehen ist</translation>
        </message>
        <message>
            <source>route B only</source>
            <translation>nur Weg B</translation>
        </message>
        <message>
            <source>de or en (selection list, links sheet)</source>
            <translation>de oder en (Auswahlliste, Link-Blatt)</translation>
        </message>
        <message>
            <source>de or en (default: the interface language)</source>
            <translation>de oder en (Standard: die Sprache der Oberfläche)</translation>
        </message>
        <message>
            <source>record explicit consent (or, with --basis, another legal basis)</source>
            <translation>eine ausdrückliche Einwilligung erfassen (oder mit --basis eine andere Rechtsgrundlage)</translation>
        </message>
        <message>
            <source>record implied consent by conduct (the customer wrote first on WhatsApp)</source>
            <translation>eine schlüssige Einwilligung (durch Verhalten) erfassen (der Kunde hat zuerst über WhatsApp geschrieben)</translation>
        </message>
        <message>
            <source>record a revocation</source>
            <translation>einen Widerruf erfassen</translation>
        </message>
        <message>
            <source>record that consent was requested</source>
            <translation>erfassen, dass um Einwilligung gebeten wurde</translation>
        </message>
        <message>
            <source>record that a consent expired</source>
            <translation>erfassen, dass eine Einwilligung abgelaufen ist</translation>
        </message>
        <message>
            <source>record an objection (GDPR Art. 21): revokes, and a later implied consent no longer counts</source>
            <translation>einen Widerspruch erfassen (Art. 21 DSGVO): widerruft, und eine spätere schlüssige Einwilligung (durch Verhalten) zählt nicht mehr</translation>
        </message>
        <message>
            <source>record that the information notice was sent (the text of 'notice show', kept in the vault)</source>
            <translation>erfassen, dass der Datenschutzhinweis gesendet wurde (der Text von „notice show“, im Tresor verwahrt)</translation>
        </message>
        <message>
            <source>list the files kept as evidence, or save copies</source>
            <translation>die als Nachweis verwahrten Dateien auflisten oder Kopien speichern</translation>
        </message>
        <message>
            <source>keep files as evidence with an event recorded earlier (encrypted in the vault)</source>
            <translation>Dateien als Nachweis zu einem früher erfassten Ereignis verwahren (verschlüsselt im Tresor)</translation>
        </message>
        <message>
            <source>every consent event of a number</source>
            <translation>alle Einwilligungsereignisse einer Nummer</translation>
        </message>
        <message>
            <source>every number with the policy's decision</source>
            <translation>jede Nummer mit der Entscheidung der Regel</translation>
        </message>
        <message>
            <source>a number as typed (0171 1000001, +49 171 1000001), a contact id (12 or #12) or a phone id (phone:34)</source>
            <translation>eine Nummer wie geschrieben (0171 1000001, +49 171 1000001), eine Kontakt-ID (12 oder #12) oder eine Nummern-ID (phone:34)</translation>
        </message>
        <message>
            <source>e.g. the customer's reply, or where the signed form is filed</source>
            <translation>z. B. die Antwort des Kunden oder wo das unterschriebene Formular abgelegt ist</translation>
        </message>
        <message>
            <source>when it happened, local time (23.11.2026, 23.11.2026 14:05 or ISO 8601 such as 2026-11-23 14:05; default: now)</source>
            <translation>wann es geschah, Ortszeit (23.11.2026, 23.11.2026 14:05 oder ISO 8601 wie 2026-11-23 14:05; Standard: jetzt)</translation>
        </message>
        <message>
            <source>a file to keep with the event, encrypted in the vault (a screenshot of the chat, a scanned form); repeat for several</source>
            <translation>eine Datei, die mit dem Ereignis verschlüsselt im Tresor verwahrt wird (ein Bildschirmfoto des Chats, ein eingescanntes Formular); für mehrere wiederholen</translation>
        </message>
        <message>
            <source>the contact whose consent it is, for a number stored for several contacts (a phone gets it once, under this one)</source>
            <translation>der Kontakt, dessen Einwilligung es ist, bei einer Nummer, die bei mehreren Kontakten steht (ein Telefon erhält sie einmal, unter diesem)</translation>
        </message>
        <message>
            <source>what the consent is for (default: service; advertising needs its own explicit consent)</source>
            <translation>wofür die Einwilligung gilt (Standard: service; advertising (Werbung) braucht eine eigene ausdrückliche Einwilligung)</translation>
        </message>
        <message>
            <source>the information notice in force was handed over with the request (e.g. on the signed form): the consent is informed without an earlier notice-sent</source>
            <translation>der geltende Datenschutzhinweis wurde mit der Anfrage übergeben (z. B. auf dem unterschriebenen Formular): die Einwilligung ist informiert, auch ohne vorher erfassten Hinweisversand</translation>
        </message>
        <message>
            <source>language of the notice sent (default: the contact's)</source>
            <translation>Sprache des gesendeten Hinweises (Standard: die des Kontakts)</translation>
        </message>
        <message>
            <source>an event (event:17) or a number: a number as typed (0171 1000001, +49 171 1000001), a contact id (12 or #12) or a phone id (phone:34)</source>
            <translation>ein Ereignis (event:17) oder eine Nummer: eine Nummer wie geschrieben (0171 1000001, +49 171 1000001), eine Kontakt-ID (12 oder #12) oder eine Nummern-ID (phone:34)</translation>
        </message>
        <message>
            <source>write a copy of each file into DIR (owner-only, never overwrites)</source>
            <translation>eine Kopie jeder Datei in DIR schreiben (nur für den Eigentümer lesbar, überschreibt nie)</translation>
        </message>
        <message>
            <source>with --output: only this file (its id as listed)</source>
            <translation>mit --output: nur diese Datei (ihre Nummer wie aufgelistet)</translation>
        </message>
        <message>
            <source>with --file: write that file to PATH (a file or a folder; never overwrites)</source>
            <translation>mit --file: diese Datei nach PATH schreiben (eine Datei oder ein Ordner; überschreibt nie)</translation>
        </message>
        <message>
            <source>the event's id as 'consent history' shows it: event:17 or 17</source>
            <translation>die Nummer des Ereignisses, wie „consent history“ sie zeigt: event:17 oder 17</translation>
        </message>
        <message>
            <source>only this status</source>
            <translation>nur dieser Status</translation>
        </message>
        <message>
            <source>print the information notice in force</source>
            <translation>den geltenden Datenschutzhinweis ausgeben</translation>
        </message>
        <message>
            <source>print the revocation confirmation for a number</source>
            <translation>die Widerrufsbestätigung für eine Nummer ausgeben</translation>
        </message>
        <message>
            <source>the wording for this policy, or for phones also used for advertising (default: the one in force)</source>
            <translation>der Wortlaut für diese Regel oder für Telefone, die auch für Werbung genutzt werden (Standard: der geltende)</translation>
        </message>
        <message>
            <source>record that this confirmation was sent to the customer</source>
            <translation>erfassen, dass diese Bestätigung an den Kunden gesendet wurde</translation>
        </message>
        <message>
            <source>with --mark-sent: when it was sent (default: now)</source>
            <translation>mit --mark-sent: wann sie gesendet wurde (Standard: jetzt)</translation>
        </message>
        <message>
            <source>list the consent events WhatsApp chat exports (.txt or .zip) propose, with the senders, the date order and what looks wrong; nothing is stored</source>
            <translation>die Einwilligungsereignisse auflisten, die exportierte WhatsApp-Chats (.txt oder .zip) nahelegen, mit Absendern, Datumsreihenfolge und Auffälligkeiten; nichts wird gespeichert</translation>
        </message>
        <message>
            <source>record the consent events of a WhatsApp chat that you accept</source>
            <translation>die Einwilligungsereignisse eines WhatsApp-Chats erfassen, die Sie übernehmen</translation>
        </message>
        <message>
            <source>Reads WhatsApp chat exports (the .txt, or the .zip WhatsApp shares) and lists each chat's senders, how its dates are ordered, the lines that need a look, and the consent events it proposes (each with an id for 'contactvault chat apply', the event, the time, the verbatim line and why). Nothing is stored. The vault is read when it opens without asking (a scripted or remembered passphrase): then the earlier notice wordings it kept are known too.</source>
            <translation>Liest exportierte WhatsApp-Chats (die .txt-Datei oder die .zip-Datei, die WhatsApp teilt) und listet je Chat die Absender, die Reihenfolge der Datumsangaben, die Zeilen, die geprüft werden sollten, und die vorgeschlagenen Einwilligungsereignisse (jeweils mit einer Kennung für „contactvault chat apply“, dem Ereignis, der Zeit, der wörtlichen Zeile und der Begründung). Es wird nichts gespeichert. Der Tresor wird gelesen, wenn er sich ohne Nachfrage öffnen lässt (eine Passphrase aus einem Skript oder eine gemerkte): dann sind auch die früheren Fassungen des Hinweises bekannt, die er aufbewahrt hat.</translation>
        </message>
        <message>
            <source>exported chats (.txt or .zip)</source>
            <translation>exportierte Chats (.txt oder .zip)</translation>
        </message>
        <message>
            <source>how the phone writes dates, when the chat cannot tell (no day above 12): day-first for 29.11.26, month-first for 11/29/26</source>
            <translation>wie das Telefon Daten schreibt, wenn der Chat es nicht verrät (kein Tag über 12): day-first für 29.11.26, month-first für 11/29/26</translation>
        </message>
        <message>
            <source>the phone's time zone (default: Europe/Berlin)</source>
            <translation>die Zeitzone des Telefons (Standard: Europe/Berlin)</translation>
        </message>
        <message>
            <source>the business's sender name in the chat, when it cannot be told (no notice in the chat, and the file name names no sender)</source>
            <translation>der Absendername des Betriebs im Chat, wenn er nicht zu erkennen ist (kein Hinweis im Chat, und der Dateiname nennt keinen Absender)</translation>
        </message>
        <message>
            <source>print the result as JSON</source>
            <translation>das Ergebnis als JSON ausgeben</translation>
        </message>
        <message>
            <source>Records the proposals of one chat export that you accept (ids from 'contactvault chat scan'), each with the verbatim line, its time and the file's SHA-256 as evidence; nothing else of the chat is kept. Applying the same file again adds nothing. When the chat shows the partner only by a saved name, confirm the contact (--contact); a number not yet in the vault is added only with --add-contact.</source>
            <translation>Erfasst die Vorschläge eines exportierten Chats, die Sie übernehmen (Kennungen aus „contactvault chat scan“), jeweils mit der wörtlichen Zeile, ihrer Zeit und dem SHA-256 der Datei als Nachweis; sonst wird nichts aus dem Chat aufbewahrt. Wird dieselbe Datei erneut übernommen, kommt nichts hinzu. Zeigt der Chat den Gesprächspartner nur mit einem gespeicherten Namen, bestätigen Sie den Kontakt (--contact); eine Nummer, die noch nicht im Tresor ist, wird nur mit --add-contact angelegt.</translation>
        </message>
        <message>
            <source>the exported chat (.txt or .zip)</source>
            <translation>der exportierte Chat (.txt oder .zip)</translation>
        </message>
        <message>
            <source>the ids of the proposals to record</source>
            <translation>die Kennungen der Vorschläge, die erfasst werden sollen</translation>
        </message>
        <message>
            <source>record every proposal that needs no check (those marked 'check' are recorded only when named with --accept)</source>
            <translation>jeden Vorschlag erfassen, der keine Prüfung braucht (mit „prüfen“ markierte werden nur erfasst, wenn sie mit --accept genannt werden)</translation>
        </message>
        <message>
            <source>the contact the chat is with (confirms a match by name)</source>
            <translation>der Kontakt, mit dem der Chat geführt wurde (bestätigt eine Zuordnung über den Namen)</translation>
        </message>
        <message>
            <source>the partner's number, when the chat shows only a name</source>
            <translation>die Nummer des Gesprächspartners, wenn der Chat nur einen Namen zeigt</translation>
        </message>
        <message>
            <source>add the partner's number as a new contact (category customer, named as in the chat) when it is not in the vault</source>
            <translation>die Nummer des Gesprächspartners als neuen Kontakt anlegen (Kategorie Kunde, Name wie im Chat), wenn sie nicht im Tresor ist</translation>
        </message>
        <message>
            <source>with --add-contact: add the number although the person was erased earlier at their request (they have come back to you)</source>
            <translation>mit --add-contact: die Nummer aufnehmen, obwohl die Person früher auf ihren Antrag gelöscht wurde (sie hat sich wieder an Sie gewandt)</translation>
        </message>
        <message>
            <source>add a WhatsApp phone</source>
            <translation>ein WhatsApp-Telefon hinzufügen</translation>
        </message>
        <message>
            <source>list the WhatsApp phones</source>
            <translation>die WhatsApp-Telefone auflisten</translation>
        </message>
        <message>
            <source>a phone: its exports, what it holds and why</source>
            <translation>ein Telefon: seine Exporte, was darauf ist und warum</translation>
        </message>
        <message>
            <source>publish this phone's contacts to its address book on a CardDAV server</source>
            <translation>die Kontakte dieses Telefons in sein Adressbuch auf einem CardDAV-Server veröffentlichen</translation>
        </message>
        <message>
            <source>who uses the phone</source>
            <translation>wer das Telefon benutzt</translation>
        </message>
        <message>
            <source>the phone's own number</source>
            <translation>die eigene Rufnummer des Telefons</translation>
        </message>
        <message>
            <source>Set the phone's own address book on a CardDAV server (Nextcloud, Radicale, any RFC 6352 server); 'contactvault publish' then keeps it holding exactly the phone's eligible contacts.</source>
            <translation>Legt das eigene Adressbuch des Telefons auf einem CardDAV-Server fest (Nextcloud, Radicale, jeder Server nach RFC 6352); „contactvault publish“ sorgt dann dafür, dass es genau die zulässigen Kontakte des Telefons enthält.</translation>
        </message>
        <message>
            <source>The login's password is asked on the terminal and kept in the system's secret store, never in the vault; for scripts it can come from CONTACTVAULT_CARDDAV_PASSWORD (less safe: other programs of the same user may read it).</source>
            <translation>Das Passwort der Anmeldung wird im Terminal abgefragt und im Schlüsselbund des Systems aufbewahrt, nie im Tresor; für Skripte kann es aus CONTACTVAULT_CARDDAV_PASSWORD kommen (weniger sicher: andere Programme desselben Benutzers können es lesen).</translation>
        </message>
        <message>
            <source>the address book's own address (https://…)</source>
            <translation>die eigene Adresse des Adressbuchs (https://…)</translation>
        </message>
        <message>
            <source>the login that may write the address book</source>
            <translation>die Anmeldung, die in das Adressbuch schreiben darf</translation>
        </message>
        <message>
            <source>the server's certificate file, for a server whose certificate is self-signed</source>
            <translation>die Zertifikatsdatei des Servers, für einen Server mit selbst signiertem Zertifikat</translation>
        </message>
        <message>
            <source>store the settings without asking the server first</source>
            <translation>die Einstellungen speichern, ohne vorher den Server zu fragen</translation>
        </message>
        <message>
            <source>no address book for this phone any more (file exports only)</source>
            <translation>kein Adressbuch mehr für dieses Telefon (nur noch Export als Datei)</translation>
        </message>
        <message>
            <source>only numbers not on the phone yet (phones do not merge duplicates)</source>
            <translation>nur Nummern, die noch nicht auf dem Telefon sind (Telefone führen Doppelte nicht zusammen)</translation>
        </message>
        <message>
            <source>list who would be exported and who not, with the reason; write nothing</source>
            <translation>auflisten, wer exportiert würde und wer nicht, mit Grund; nichts schreiben</translation>
        </message>
        <message>
            <source>the vCard file to write</source>
            <translation>die zu schreibende vCard-Datei</translation>
        </message>
        <message>
            <source>print the plan or result as JSON</source>
            <translation>den Plan oder das Ergebnis als JSON ausgeben</translation>
        </message>
        <message>
            <source>vcard (route A), selection list (route B) or links sheet with QR codes (route C); selection and links as PDF or HTML by -o's extension</source>
            <translation>vcard (Weg A), selection: Auswahlliste (Weg B) oder links: Link-Blatt mit QR-Codes (Weg C); Auswahlliste und Link-Blatt als PDF oder HTML nach der Endung von -o</translation>
        </message>
        <message>
            <source>confirm that this number was deleted from the phone (repeatable); erased:N confirms the entries of erasure N</source>
            <translation>bestätigen, dass diese Nummer vom Telefon gelöscht wurde (wiederholbar); erased:N bestätigt die Einträge der Löschung N</translation>
        </message>
        <message>
            <source>Publish to the phone's address book on its CardDAV server (set with 'contactvault devices carddav'): cards that are missing are created, changed ones replaced, and cards whose numbers may no longer be on the phone deleted. The phone takes the changes at its next sync.</source>
            <translation>Veröffentlicht in das Adressbuch des Telefons auf seinem CardDAV-Server (festgelegt mit „contactvault devices carddav“): Fehlende Karten werden angelegt, geänderte ersetzt und Karten, deren Nummern nicht mehr auf dem Telefon sein dürfen, gelöscht. Das Telefon übernimmt die Änderungen beim nächsten Abgleich.</translation>
        </message>
        <message>
            <source>every phone whose address book holds a number that must go (revoked, expired, erased, …), with the password kept for it; for a daily scheduled task, so expired consent leaves the phones</source>
            <translation>jedes Telefon, dessen Adressbuch eine Nummer enthält, die entfernt werden muss (widerrufen, abgelaufen, gelöscht, …), mit dem dafür aufbewahrten Passwort; für eine tägliche geplante Aufgabe, damit abgelaufene Einwilligungen von den Telefonen verschwinden</translation>
        </message>
        <message>
            <source>list what would change on the server; change nothing</source>
            <translation>auflisten, was sich auf dem Server ändern würde; nichts ändern</translation>
        </message>
        <message>
            <source>For offices without a CardDAV server: runs one on this PC (TLS with its own certificate, data in the user's data folder). Each phone gets a login that may only read its own address book; only contactvault writes to it, when publishing. Prints what to enter on each phone, a QR code for DAVx5 and an iOS profile. Ctrl-C stops it.</source>
            <translation>Für Büros ohne CardDAV-Server: betreibt einen auf diesem PC (TLS mit eigenem Zertifikat, Daten im Datenordner des Benutzers). Jedes Telefon bekommt eine Anmeldung, die nur sein eigenes Adressbuch lesen darf; nur contactvault schreibt hinein, beim Veröffentlichen. Gibt aus, was auf jedem Telefon einzugeben ist, einen QR-Code für DAVx5 und ein iOS-Profil. Strg+C beendet ihn.</translation>
        </message>
        <message>
            <source>the port to listen on</source>
            <translation>der Port, auf dem der Server lauscht</translation>
        </message>
        <message>
            <source>the address the phones reach this PC by (default: its address on the local network)</source>
            <translation>die Adresse, unter der die Telefone diesen PC erreichen (Vorgabe: seine Adresse im lokalen Netz)</translation>
        </message>
        <message>
            <source>set the server up and print the connection data; do not run it</source>
            <translation>den Server einrichten und die Verbindungsdaten ausgeben; ihn nicht starten</translation>
        </message>
        <message>
            <source>list audit entries</source>
            <translation>Einträge des Änderungsprotokolls auflisten</translation>
        </message>
        <message>
            <source>check the hash chain and the records it covers; exits non-zero if broken</source>
            <translation>die Hash-Kette und die von ihr erfassten Datensätze prüfen; endet bei einem Bruch mit einem Code ungleich 0</translation>
        </message>
        <message>
            <source>only entries at or after this time (23.11.2026, 23.11.2026 14:05 or ISO 8601)</source>
            <translation>nur Einträge ab diesem Zeitpunkt (23.11.2026, 23.11.2026 14:05 oder ISO 8601)</translation>
        </message>
        <message>
            <source>Prints the head of the trail (entry count and hash). Keep it outside the vault (it is also printed on protocols, export records and backups): --expect COUNT:HASH then shows whether the trail was shortened, rewritten or deleted since. Exit codes: 0 intact; 9 the chain of entries is broken (changed, removed, reordered, cut off, or the log is empty); 10 a record (consent event, export, removal confirmation, procedure step, setting, ...) was changed, deleted or added without an entry; 11 the trail does not hold the head given with --expect; 1 the head given is malformed; 2 the vault cannot be opened.</source>
            <translation>Gibt den Stand des Protokolls aus (Anzahl der Einträge und Hash). Bewahren Sie ihn außerhalb des Tresors auf (er steht auch auf Protokollen, Exportnachweisen und Sicherungen): --expect ANZAHL:HASH zeigt dann, ob das Protokoll seither gekürzt, neu geschrieben oder gelöscht wurde. Rückgabewerte: 0 unverändert; 9 die Kette der Einträge ist gebrochen (geändert, entfernt, umgestellt, abgeschnitten oder das Protokoll ist leer); 10 ein Datensatz (Einwilligungsereignis, Export, Löschbestätigung, Verfahrensschritt, Einstellung, ...) wurde ohne Eintrag geändert, gelöscht oder hinzugefügt; 11 das Protokoll enthält den mit --expect angegebenen Stand nicht; 1 der angegebene Stand ist fehlerhaft; 2 der Tresor lässt sich nicht öffnen.</translation>
        </message>
        <message>
            <source>a head printed earlier; fails if the trail no longer holds it</source>
            <translation>ein früher ausgegebener Stand; schlägt fehl, wenn das Protokoll ihn nicht mehr enthält</translation>
        </message>
        <message>
            <source>every setting with its value</source>
            <translation>alle Einstellungen mit ihrem Wert</translation>
        </message>
        <message>
            <source>print one setting's value</source>
            <translation>den Wert einer Einstellung ausgeben</translation>
        </message>
        <message>
            <source>change one setting (checked and recorded in the audit trail)</source>
            <translation>eine Einstellung ändern (geprüft und im Änderungsprotokoll festgehalten)</translation>
        </message>
        <message>
            <source>e.g. policy.implied_max_days</source>
            <translation>z. B. policy.implied_max_days</translation>
        </message>
        <message>
            <source>e.g. policy.implied_max_days, company.name</source>
            <translation>z. B. policy.implied_max_days, company.name</translation>
        </message>
        <message>
            <source>true/false, a whole number or text, as the setting takes</source>
            <translation>true/false, eine ganze Zahl oder Text, je nach Einstellung</translation>
        </message>
        <message>
            <source>totals and open problems (numbers on a phone without valid consent, open removals, …)</source>
            <translation>Summen und offene Probleme (Nummern auf einem Telefon ohne gültige Einwilligung, offene Löschungen, …)</translation>
        </message>
        <message>
            <source>every number with its status, legal basis, purpose, dates, evidence, notice version, phones</source>
            <translation>jede Nummer mit Status, Rechtsgrundlage, Zweck, Daten, Nachweisen, Version des Hinweises und Telefonen</translation>
        </message>
        <message>
            <source>record of processing (GDPR Art. 30) for WhatsApp communication with customers</source>
            <translation>Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO) für die Kommunikation mit Kunden über WhatsApp</translation>
        </message>
        <message>
            <source>what a lost or stolen phone held, with the breach note (Art. 33/34, 72 hours)</source>
            <translation>was auf einem verlorenen oder gestohlenen Telefon war, mit der Meldung einer Datenpanne (Art. 33/34, 72 Stunden)</translation>
        </message>
        <message>
            <source>the rules for employees as a printable sheet</source>
            <translation>die Regeln für Beschäftigte als druckbares Blatt</translation>
        </message>
        <message>
            <source>every list with all its entries</source>
            <translation>jede Liste mit allen Einträgen</translation>
        </message>
        <message>
            <source>every entry of each list (default: the oldest 10)</source>
            <translation>jeden Eintrag jeder Liste (Standard: die ältesten 10)</translation>
        </message>
        <message>
            <source>default: by the file name's extension, else csv</source>
            <translation>Standard: nach der Dateiendung, sonst csv</translation>
        </message>
        <message>
            <source>CSV separator (default ';', what a German Excel expects)</source>
            <translation>CSV-Trennzeichen (Standard ';', wie es ein deutsches Excel erwartet)</translation>
        </message>
        <message>
            <source>default: by the file name's extension, else pdf</source>
            <translation>Standard: nach der Dateiendung, sonst pdf</translation>
        </message>
        <message>
            <source>when the loss became known (default: now); the 72 hours run from it</source>
            <translation>wann der Verlust bekannt wurde (Standard: jetzt); die 72 Stunden laufen ab dann</translation>
        </message>
        <message>
            <source>the document (.pdf, .html or .json)</source>
            <translation>das Dokument (.pdf, .html oder .json)</translation>
        </message>
        <message>
            <source>everything stored about a person (GDPR Art. 15)</source>
            <translation>alles, was über eine Person gespeichert ist (Art. 15 DSGVO)</translation>
        </message>
        <message>
            <source>erase a person (GDPR Art. 17), or everyone past the retention period (--retention)</source>
            <translation>eine Person löschen (Art. 17 DSGVO) oder alle nach Ablauf der Aufbewahrungsfrist (--retention)</translation>
        </message>
        <message>
            <source>keep a contact off every WhatsApp phone until lifted (GDPR Art. 18)</source>
            <translation>einen Kontakt von jedem WhatsApp-Telefon fernhalten, bis die Einschränkung aufgehoben ist (Art. 18 DSGVO)</translation>
        </message>
        <message>
            <source>record an objection (GDPR Art. 21): revokes, and later implied consent no longer counts</source>
            <translation>einen Widerspruch erfassen (Art. 21 DSGVO): widerruft, und spätere schlüssige Einwilligung (durch Verhalten) zählt nicht mehr</translation>
        </message>
        <message>
            <source>correct a stored number (GDPR Art. 16); the old one is kept in the history</source>
            <translation>eine gespeicherte Nummer berichtigen (Art. 16 DSGVO); die alte bleibt im Verlauf erhalten</translation>
        </message>
        <message>
            <source>list the erasures (when, by whom, why)</source>
            <translation>die Löschungen auflisten (wann, durch wen, warum)</translation>
        </message>
        <message>
            <source>contact id, name or phone number</source>
            <translation>Kontakt-ID, Name oder Telefonnummer</translation>
        </message>
        <message>
            <source>json or pdf (default: by the file's extension, JSON unless .pdf)</source>
            <translation>json oder pdf (Standard: nach der Dateiendung, JSON außer bei .pdf)</translation>
        </message>
        <message>
            <source>language of the document</source>
            <translation>Sprache des Dokuments</translation>
        </message>
        <message>
            <source>erase every contact without activity for retention.review_months</source>
            <translation>jeden Kontakt ohne Aktivität während retention.review_months löschen</translation>
        </message>
        <message>
            <source>only show what would be erased</source>
            <translation>nur zeigen, was gelöscht würde</translation>
        </message>
        <message>
            <source>do not ask for confirmation (scripts)</source>
            <translation>nicht nach einer Bestätigung fragen (für Skripte)</translation>
        </message>
        <message>
            <source>lift the restriction</source>
            <translation>die Einschränkung aufheben</translation>
        </message>
        <message>
            <source>what the person said, and where</source>
            <translation>was die Person gesagt hat, und wo</translation>
        </message>
        <message>
            <source>when it happened (default: now)</source>
            <translation>wann es geschah (Standard: jetzt)</translation>
        </message>
        <message>
            <source>the number as stored (or in any usual form)</source>
            <translation>die Nummer wie gespeichert (oder in jeder üblichen Schreibweise)</translation>
        </message>
        <message>
            <source>the correct number</source>
            <translation>die richtige Nummer</translation>
        </message>
        <message>
            <source>why it was corrected</source>
            <translation>warum sie berichtigt wurde</translation>
        </message>
    </context>
</TS>
