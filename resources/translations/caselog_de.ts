<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Confidential supervision material · {0} · {1}</source>
        <translation>Vertrauliches Supervisionsmaterial · {0} · {1}</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>identifiziert</translation>
    </message>
    <message>
        <source>Caselog supervision summary {0}</source>
        <translation>Caselog-Supervisionsbericht {0}</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Seite {0} von {1}</translation>
    </message>
    <message>
        <source>Identified: includes client names and locations</source>
        <translation>Identifiziert: enthält Namen von Klient:innen und Orte</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Therapeut:in</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor:in</translation>
    </message>
    <message>
        <source>Supervision meeting</source>
        <translation>Supervisionstermin</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Neue:r Klient:in…</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Neue:r Klient:in</translation>
    </message>
    <message>
        <source>Add a client with a new random code.</source>
        <translation>Eine Klientin / einen Klienten mit einem neuen zufälligen Kürzel hinzufügen.</translation>
    </message>
    <message>
        <source>Category: {0}</source>
        <translation>Kategorie: {0}</translation>
    </message>
    <message>
        <source>{0} done</source>
        <translation>{0} erledigt</translation>
    </message>
    <message>
        <source>A follow-up this encounter needs.</source>
        <translation>Ein Folgeschritt, den diese Begegnung braucht.</translation>
    </message>
    <message>
        <source>Tick when the follow-up is done.</source>
        <translation>Abhaken, wenn der Folgeschritt erledigt ist.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} Min.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Stand der Durchsicht</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Begegnungen</translation>
    </message>
    <message>
        <source>six-month average</source>
        <translation>Sechsmonatsschnitt</translation>
    </message>
    <message>
        <source>Acknowledged without consent</source>
        <translation>Ohne Einverständnis begrüßt</translation>
    </message>
    <message>
        <source>Flagged for supervision</source>
        <translation>Für die Supervision markiert</translation>
    </message>
    <message>
        <source>Consultations recorded</source>
        <translation>Erfasste Konsultationen</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Offene Folgeschritte</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Eckdaten</translation>
    </message>
    <message>
        <source>Drift signals</source>
        <translation>Driftsignale</translation>
    </message>
    <message>
        <source>None this month.</source>
        <translation>Keine in diesem Monat.</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Häufigkeiten</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Every encounter of the month</source>
        <translation>Alle Begegnungen des Monats</translation>
    </message>
    <message>
        <source>No encounters were logged this month.</source>
        <translation>In diesem Monat wurden keine Begegnungen erfasst.</translation>
    </message>
    <message>
        <source>Overall notes</source>
        <translation>Gesamtnotizen</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Addenda (changes after sign-off)</source>
        <translation>Nachträge (Änderungen nach dem Abzeichnen)</translation>
    </message>
    <message>
        <source>flagged for supervision</source>
        <translation>für die Supervision markiert</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Abzeichnung</translation>
    </message>
    <message>
        <source>Therapist (countersign)</source>
        <translation>Therapeut:in (Gegenzeichnung)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Caselog supervision summary</source>
        <translation>Caselog-Supervisionsbericht</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>discussed</source>
        <translation>besprochen</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comment</source>
        <translation>Kommentar der Supervisorin / des Supervisors</translation>
    </message>
    <message>
        <source>not signed off</source>
        <translation>nicht abgezeichnet</translation>
    </message>
    <message>
        <source>not countersigned</source>
        <translation>nicht gegengezeichnet</translation>
    </message>
    <message>
        <source>pseudonymised</source>
        <translation>pseudonymisiert</translation>
    </message>
    <message>
        <source>Pseudonymised: codes stand in for people; it is not anonymous</source>
        <translation>Pseudonymisiert: Codes stehen für Personen; das ist nicht anonym</translation>
    </message>
    <message>
        <source>Priority encounters</source>
        <translation>Vorrangige Begegnungen</translation>
    </message>
    <message>
        <source>Priority encounters in full, the others in one line.</source>
        <translation>Vorrangige Begegnungen vollständig, die übrigen in einer Zeile.</translation>
    </message>
    <message>
        <source>signed off by {0}, key fingerprint {1}, signature verified</source>
        <translation>abgezeichnet von {0}, Schlüssel-Fingerabdruck {1}, Signatur geprüft</translation>
    </message>
    <message>
        <source>signed off by {0}, key fingerprint {1}: the signature does NOT verify ({2})</source>
        <translation>abgezeichnet von {0}, Schlüssel-Fingerabdruck {1}: die Signatur ist NICHT gültig ({2})</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Supervision hours</source>
        <translation>Supervisionsstunden</translation>
    </message>
    <message>
        <source>{0} h this month, {1} h in {2} to date</source>
        <translation>{0} Std. in diesem Monat, {1} Std. in {2} bisher</translation>
    </message>
    <message>
        <source>{0}: signed off by {1} on {2}; reason: {3}</source>
        <translation>{0}: abgezeichnet von {1} am {2}; Grund: {3}</translation>
    </message>
    <message>
        <source>Action items carried forward</source>
        <translation>Übertragene Aufgaben</translation>
    </message>
    <message>
        <source>Agreed in</source>
        <translation>Vereinbart im</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Offen seit</translation>
    </message>
    <message>
        <source>No open action items from earlier months.</source>
        <translation>Keine offenen Aufgaben aus früheren Monaten.</translation>
    </message>
    <message>
        <source>not discussed: {0}</source>
        <translation>nicht besprochen: {0}</translation>
    </message>
    <message>
        <source>licence {0}</source>
        <translation>Zulassung {0}</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Who initiated</source>
        <translation>Wer ging aus</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Caselog</source>
        <translation>Über Caselog</translation>
    </message>
    <message>
        <source>a temporary folder (demo data)</source>
        <translation>ein temporärer Ordner (Beispieldaten)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Caselog {0}&lt;/h3&gt;&lt;p&gt;Logging encounters with clients outside sessions, for clinical supervision.&lt;/p&gt;&lt;p&gt;Licence: GNU GPL, version 3 or later.&lt;/p&gt;&lt;p&gt;Your data lives in: &lt;br&gt;&lt;code&gt;{1}&lt;/code&gt;&lt;br&gt;encrypted with SQLCipher; backups in its &lt;code&gt;backups&lt;/code&gt; folder.&lt;/p&gt;&lt;p&gt;What is protected, and what is not: SECURITY.md.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Caselog {0}&lt;/h3&gt;&lt;p&gt;Begegnungen mit Klient:innen außerhalb der Sitzungen festhalten, für die klinische Supervision.&lt;/p&gt;&lt;p&gt;Lizenz: GNU GPL, Version 3 oder später.&lt;/p&gt;&lt;p&gt;Ihre Daten liegen in: &lt;br&gt;&lt;code&gt;{1}&lt;/code&gt;&lt;br&gt;verschlüsselt mit SQLCipher; Sicherungen im Ordner &lt;code&gt;backups&lt;/code&gt; daneben.&lt;/p&gt;&lt;p&gt;Was geschützt ist und was nicht: SECURITY.md.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActionItemModel</name>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>ActionItems</name>
    <message>
        <source>Action item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>AgreementsPanel</name>
    <message>
        <source>What was agreed with this client</source>
        <translation>Was mit dieser Klientin / diesem Klienten vereinbart ist</translation>
    </message>
    <message>
        <source>a date not recorded</source>
        <translation>einem nicht erfassten Datum</translation>
    </message>
    <message>
        <source>Former client: therapy ended on {0}.</source>
        <translation>Ehemalige Klientin / ehemaliger Klient: Therapie beendet am {0}.</translation>
    </message>
    <message>
        <source>Acknowledgement agreed on {0}: {1}</source>
        <translation>Grüßen vereinbart am {0}: {1}</translation>
    </message>
    <message>
        <source>No acknowledgement agreement is on file for this client.</source>
        <translation>Für diese Klientin / diesen Klienten liegt keine Vereinbarung zum Grüßen vor.</translation>
    </message>
    <message>
        <source>Contact agreement: {0}</source>
        <translation>Kontaktvereinbarung: {0}</translation>
    </message>
    <message>
        <source>Standing overlap — {0}</source>
        <translation>Dauerhafte Überschneidung — {0}</translation>
    </message>
    <message>
        <source>; plan: {0}</source>
        <translation>; Plan: {0}</translation>
    </message>
    <message>
        <source>(past its review date)</source>
        <translation>(Überprüfungsdatum überschritten)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong (%1). Your saved notes are safe; unsaved changes are kept as a draft.</source>
        <translation>Etwas ist schiefgegangen (%1). Ihre gespeicherten Notizen sind sicher; ungespeicherte Änderungen bleiben als Entwurf erhalten.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Audit trail — Caselog</source>
        <translation>Prüfprotokoll — Caselog</translation>
    </message>
    <message>
        <source>The trail is intact: {0} entries, each linked to the one before.</source>
        <translation>Das Protokoll ist intakt: {0} Einträge, jeder mit dem vorigen verkettet.</translation>
    </message>
    <message>
        <source>The trail is broken: {0}</source>
        <translation>Das Protokoll ist unterbrochen: {0}</translation>
    </message>
    <message>
        <source>Audit trail check</source>
        <translation>Prüfung des Protokolls</translation>
    </message>
    <message>
        <source>What changed, when, and which fields: never the contents.</source>
        <translation>Was sich wann geändert hat und welche Felder: nie die Inhalte.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Backups made before the change still open with the old passphrase.</source>
        <translation>Sicherungen von vor der Änderung lassen sich weiter mit der alten Passphrase öffnen.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Strength: {0}</source>
        <translation>Stärke: {0}</translation>
    </message>
    <message>
        <source>Use at least {0} characters.</source>
        <translation>Mindestens {0} Zeichen verwenden.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Die beiden neuen Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <source>The current passphrase is not right; nothing was changed.</source>
        <translation>Die aktuelle Passphrase stimmt nicht; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Begegnungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ClientsDialog</name>
    <message>
        <source>Clients</source>
        <translation>Klient:innen</translation>
    </message>
    <message>
        <source>&amp;Add client</source>
        <translation>Klient:in &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>Klient:in hinzufügen</translation>
    </message>
    <message>
        <source>Codes are random so that they say nothing about the person; pseudonymised summaries, PDFs and review mode show only the code. Names are optional and stay in the encrypted database.</source>
        <translation>Codes sind zufällig, damit sie nichts über die Person verraten; pseudonymisierte Zusammenfassungen, PDFs und der Besprechungsmodus zeigen nur den Code. Namen sind freiwillig und bleiben in der verschlüsselten Datenbank.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The standing record has problems and was not saved. Close and discard the changes?</source>
        <translation>Die Stammdaten haben Fehler und wurden nicht gespeichert. Schließen und die Änderungen verwerfen?</translation>
    </message>
</context>
<context>
    <name>Concern</name>
    <message>
        <source>romantic or sexual</source>
        <translation>romantisch oder sexuell</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>money or business</source>
        <translation>Geld oder Geschäft</translation>
    </message>
    <message>
        <source>safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>online look-up</source>
        <translation>Online-Suche</translation>
    </message>
    <message>
        <source>social media connection</source>
        <translation>Verbindung in sozialen Medien</translation>
    </message>
    <message>
        <source>physical contact</source>
        <translation>Körperkontakt</translation>
    </message>
    <message>
        <source>self-disclosure</source>
        <translation>Selbstoffenbarung</translation>
    </message>
</context>
<context>
    <name>ContactCardDialog</name>
    <message>
        <source>supervisor</source>
        <translation>Supervisor:in</translation>
    </message>
    <message>
        <source>supervisee</source>
        <translation>Supervisand:in</translation>
    </message>
    <message>
        <source>Add a supervisor or supervisee</source>
        <translation>Supervisor:in oder Supervisand:in hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Qualifikation</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Zulassung</translation>
    </message>
    <message>
        <source>&lt;p&gt;Anyone can make a card in any name. Before Caselog trusts this one, compare fingerprints:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Call {name} on a number you already know, or meet in person. Do not use a number or address that came with this card.&lt;/li&gt;&lt;li&gt;Ask them to open Caselog → Edit → Preferences → Identity and read out their fingerprint: {groups} groups of {digits} digits.&lt;/li&gt;&lt;li&gt;Type what they read below. Caselog adds the card only if every digit matches.&lt;/li&gt;&lt;li&gt;Then read your own fingerprint back to them, so they can add your card: &lt;b&gt;{own}&lt;/b&gt;&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Jede:r kann eine Karte auf jeden beliebigen Namen ausstellen. Bevor Caselog dieser Karte vertraut, vergleichen Sie die Fingerabdrücke:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Rufen Sie {name} unter einer Nummer an, die Sie schon kennen, oder treffen Sie sich persönlich. Nehmen Sie keine Nummer oder Adresse, die mit dieser Karte kam.&lt;/li&gt;&lt;li&gt;Bitten Sie darum, in Caselog → Bearbeiten → Einstellungen → Identität den Fingerabdruck vorzulesen: {groups} Gruppen zu je {digits} Ziffern.&lt;/li&gt;&lt;li&gt;Tippen Sie unten ein, was vorgelesen wird. Caselog fügt die Karte nur hinzu, wenn jede Ziffer übereinstimmt.&lt;/li&gt;&lt;li&gt;Lesen Sie dann Ihren eigenen Fingerabdruck vor, damit Ihre Karte hinzugefügt werden kann: &lt;b&gt;{own}&lt;/b&gt;&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>How to compare fingerprints</source>
        <translation>Wie Fingerabdrücke verglichen werden</translation>
    </message>
    <message>
        <source>Fingerprint read out</source>
        <translation>Vorgelesener Fingerabdruck</translation>
    </message>
    <message>
        <source>e.g. 12345 67890 …</source>
        <translation>z. B. 12345 67890 …</translation>
    </message>
    <message>
        <source>Comparison result</source>
        <translation>Ergebnis des Vergleichs</translation>
    </message>
    <message>
        <source>&amp;Add {name}</source>
        <translation>{name} &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Fingerprint they read out:</source>
        <translation>Vorgelesener &amp;Fingerabdruck:</translation>
    </message>
    <message>
        <source>Type the digits as they are read to you; spaces do not matter.</source>
        <translation>Tippen Sie die Ziffern so ein, wie sie vorgelesen werden; Leerzeichen spielen keine Rolle.</translation>
    </message>
    <message>
        <source>{count} of {total} digits typed; so far they match.</source>
        <translation>{count} von {total} Ziffern eingegeben; bisher stimmen sie überein.</translation>
    </message>
    <message>
        <source>All {total} digits match: this card is theirs.</source>
        <translation>Alle {total} Ziffern stimmen überein: Diese Karte gehört der Person.</translation>
    </message>
    <message>
        <source>Does not match this card (from group {group} on). Check what was read; if it still differs, do not add the card: it may not come from {name}.</source>
        <translation>Stimmt mit dieser Karte nicht überein (ab Gruppe {group}). Prüfen Sie, was vorgelesen wurde; weicht es weiter ab, fügen Sie die Karte nicht hinzu: Sie stammt vielleicht nicht von {name}.</translation>
    </message>
</context>
<context>
    <name>EncounterForm</name>
    <message>
        <source>Edit encounter</source>
        <translation>Begegnung bearbeiten</translation>
    </message>
    <message>
        <source>New encounter</source>
        <translation>Neue Begegnung</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Save the encounter (Ctrl+S). Problems are shown beside their fields.</source>
        <translation>Die Begegnung speichern (Strg+S). Probleme erscheinen neben ihren Feldern.</translation>
    </message>
    <message>
        <source>Close the form; asks before discarding changes (Esc).</source>
        <translation>Das Formular schließen; fragt vor dem Verwerfen von Änderungen (Esc).</translation>
    </message>
    <message>
        <source>Suggested: at least {0} ({1})</source>
        <translation>Vorgeschlagen: mindestens {0} ({1})</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Neue:r Klient:in</translation>
    </message>
    <message>
        <source>Name (optional; stays in the encrypted database):</source>
        <translation>Name (optional; bleibt in der verschlüsselten Datenbank):</translation>
    </message>
    <message>
        <source>Signed-off month</source>
        <translation>Abgezeichneter Monat</translation>
    </message>
    <message>
        <source>{0} has been signed off in supervision. The change will be kept as an addendum beside the signed record, with the date and your reason. Why is it changing?</source>
        <translation>{0} wurde in der Supervision abgezeichnet. Die Änderung wird als Nachtrag neben dem abgezeichneten Eintrag aufbewahrt, mit Datum und Ihrer Begründung. Warum ändert er sich?</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) need attention (marked below).</source>
        <translation>
            <numerusform>Nicht gespeichert: %n Feld braucht Aufmerksamkeit (unten markiert).</numerusform>
            <numerusform>Nicht gespeichert: %n Felder brauchen Aufmerksamkeit (unten markiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>This encounter has unsaved changes. Discard them?</source>
        <translation>Diese Begegnung hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
</context>
<context>
    <name>EncounterTable</name>
    <message>
        <source>Encounters</source>
        <translation>Begegnungen</translation>
    </message>
    <message>
        <source>The log, newest first. Return opens the chosen encounter; Delete moves it to the trash.</source>
        <translation>Das Protokoll, neueste zuerst. Eingabe öffnet die gewählte Begegnung; Entf verschiebt sie in den Papierkorb.</translation>
    </message>
</context>
<context>
    <name>EncounterTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Channel / setting</source>
        <translation>Kanal / Ort</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Ausgegangen von</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
</context>
<context>
    <name>EncounterView</name>
    <message>
        <source>Encounter, read-only</source>
        <translation>Begegnung, nur lesen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose an encounter from the list.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Begegnung aus der Liste.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>This is not a readable Caselog {what}: it is damaged, cut short or altered</source>
        <translation>Diese Datei ist kein lesbares Caselog-{what}: Sie ist beschädigt, gekürzt oder verändert</translation>
    </message>
    <message>
        <source>This {what} has been altered: its contents are not as Caselog writes them</source>
        <translation>Diese Datei ({what}) wurde verändert: Ihr Inhalt ist nicht so, wie Caselog ihn schreibt</translation>
    </message>
    <message>
        <source>This {what} has been altered: a field is not text</source>
        <translation>Diese Datei ({what}) wurde verändert: Ein Feld ist kein Text</translation>
    </message>
    <message>
        <source>This {what} has been altered: its encoded part is damaged</source>
        <translation>Diese Datei ({what}) wurde verändert: Ihr kodierter Teil ist beschädigt</translation>
    </message>
    <message>
        <source>role: {value!r} is not therapist or supervisor</source>
        <translation>Rolle: {value!r} ist weder Therapeut:in noch Supervisor:in</translation>
    </message>
    <message>
        <source>Set your name first: a card shows who it belongs to</source>
        <translation>Geben Sie zuerst Ihren Namen an: Eine Karte zeigt, wem sie gehört</translation>
    </message>
    <message>
        <source>This is your own card; add the other person&apos;s card</source>
        <translation>Das ist Ihre eigene Karte; fügen Sie die Karte der anderen Person hinzu</translation>
    </message>
    <message>
        <source>packet</source>
        <translation>Supervisionspaket</translation>
    </message>
    <message>
        <source>review reply</source>
        <translation>Supervisionsantwort</translation>
    </message>
    <message>
        <source>This is not a Caselog {what}</source>
        <translation>Diese Datei ist kein Caselog-{what}</translation>
    </message>
    <message>
        <source>This is a {other}, not a {what}</source>
        <translation>Diese Datei ist ein:e {other}, kein:e {what}</translation>
    </message>
    <message>
        <source>This {what} has been altered: its version is missing</source>
        <translation>Diese Datei ({what}) wurde verändert: Ihre Version fehlt</translation>
    </message>
    <message>
        <source>This {what} was made by a newer Caselog (format {version}); update Caselog to open it</source>
        <translation>Diese Datei ({what}) stammt von einem neueren Caselog (Format {version}); aktualisieren Sie Caselog, um sie zu öffnen</translation>
    </message>
    <message>
        <source>This {what} is in format {version}, which this Caselog no longer accepts</source>
        <translation>Diese Datei ({what}) hat das Format {version}, das dieses Caselog nicht mehr annimmt</translation>
    </message>
    <message>
        <source>This {what} has been altered: its fields are not as written</source>
        <translation>Diese Datei ({what}) wurde verändert: Ihre Felder sind nicht so, wie sie geschrieben wurden</translation>
    </message>
    <message>
        <source>This {what} has been altered: its address is not a fingerprint</source>
        <translation>Diese Datei ({what}) wurde verändert: Ihre Adresse ist kein Fingerabdruck</translation>
    </message>
    <message>
        <source>This {what} is addressed to {to}, not to this database ({mine}); only its recipient can open it</source>
        <translation>Diese Datei ({what}) ist an {to} adressiert, nicht an diese Datenbank ({mine}); nur ihr Empfänger kann sie öffnen</translation>
    </message>
    <message>
        <source>The seal of this {what} is broken: it was damaged or altered after it was sealed</source>
        <translation>Das Siegel dieser Datei ({what}) ist gebrochen: Sie wurde nach dem Versiegeln beschädigt oder verändert</translation>
    </message>
    <message>
        <source>This {what} is signed by {fingerprint}, who is not among your contacts; add their card after comparing fingerprints, then open it again</source>
        <translation>Diese Datei ({what}) ist von {fingerprint} signiert, der oder die nicht zu Ihren Kontakten gehört; fügen Sie die Karte nach dem Vergleich der Fingerabdrücke hinzu und öffnen Sie die Datei dann erneut</translation>
    </message>
    <message>
        <source>The signature on this {what} does not match {fingerprint}&apos;s key: it was altered or forged</source>
        <translation>Die Signatur dieser Datei ({what}) passt nicht zum Schlüssel von {fingerprint}: Sie wurde verändert oder gefälscht</translation>
    </message>
    <message>
        <source>This {what}&apos;s signed contents are of another kind or version</source>
        <translation>Der signierte Inhalt dieser Datei ({what}) ist von anderer Art oder Version</translation>
    </message>
    <message>
        <source>This {what} was signed for {to}, not for this database: someone re-sent it to you</source>
        <translation>Diese Datei ({what}) wurde für {to} signiert, nicht für diese Datenbank: Jemand hat sie an Sie weitergeschickt</translation>
    </message>
    <message>
        <source>The stored signature of this {what} no longer matches its contents</source>
        <translation>Die gespeicherte Signatur dieser Datei ({what}) passt nicht mehr zu ihrem Inhalt</translation>
    </message>
    <message>
        <source>The {what} is larger than {limit:,} bytes; no genuine one is that large</source>
        <translation>Die Datei ({what}) ist größer als {limit:,} Bytes; keine echte ist so groß</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>ist kein bekanntes Feld</translation>
    </message>
    <message>
        <source>{value!r} is not an id</source>
        <translation>{value!r} ist keine Kennung</translation>
    </message>
    <message>
        <source>{value!r} is not a month (YYYY-MM)</source>
        <translation>{value!r} ist kein Monat (JJJJ-MM)</translation>
    </message>
    <message>
        <source>is not a SHA-256 digest</source>
        <translation>ist kein SHA-256-Hashwert</translation>
    </message>
    <message>
        <source>{value!r} is not a time (YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>{value!r} ist kein Zeitpunkt (JJJJ-MM-TTTHH:MM:SSZ)</translation>
    </message>
    <message>
        <source>{value!r} is not a date (YYYY-MM-DD)</source>
        <translation>{value!r} ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>ist kein Text</translation>
    </message>
    <message>
        <source>is longer than {limit:,} characters</source>
        <translation>ist länger als {limit:,} Zeichen</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>ist weder wahr noch falsch</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number from {low} to {high}</source>
        <translation>{value!r} ist keine ganze Zahl von {low} bis {high}</translation>
    </message>
    <message>
        <source>{value!r} is not one of {allowed}</source>
        <translation>{value!r} ist keiner der Werte {allowed}</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>ist keine Liste</translation>
    </message>
    <message>
        <source>holds more than {limit:,} entries</source>
        <translation>enthält mehr als {limit:,} Einträge</translation>
    </message>
    <message>
        <source>{value!r} is not a fingerprint: it should be {length} digits</source>
        <translation>{value!r} ist kein Fingerabdruck: Er hat {length} Ziffern</translation>
    </message>
    <message>
        <source>{field}: is not text</source>
        <translation>{field}: ist kein Text</translation>
    </message>
    <message>
        <source>{field}: is required</source>
        <translation>{field}: ist erforderlich</translation>
    </message>
    <message>
        <source>{field}: is longer than {limit} characters</source>
        <translation>{field}: ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>{field}: holds a control character or an angle bracket</source>
        <translation>{field}: enthält ein Steuerzeichen oder eine spitze Klammer</translation>
    </message>
    <message>
        <source>the profile must hold name, role, credential and licence</source>
        <translation>das Profil muss Name, Rolle, Qualifikation und Zulassung enthalten</translation>
    </message>
    <message>
        <source>identity card</source>
        <translation>Identitätskarte</translation>
    </message>
    <message>
        <source>This is not a Caselog identity card (.caselog-id)</source>
        <translation>Diese Datei ist keine Caselog-Identitätskarte (.caselog-id)</translation>
    </message>
    <message>
        <source>This identity card was made by another version of Caselog and cannot be read</source>
        <translation>Diese Identitätskarte stammt von einer anderen Caselog-Version und kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>This identity card has been altered: its fields are not as written</source>
        <translation>Diese Identitätskarte wurde verändert: Ihre Felder sind nicht so, wie sie geschrieben wurden</translation>
    </message>
    <message>
        <source>This identity card has been altered: a key has the wrong length</source>
        <translation>Diese Identitätskarte wurde verändert: Ein Schlüssel hat die falsche Länge</translation>
    </message>
    <message>
        <source>This identity card has been altered: it is not signed by the key it carries</source>
        <translation>Diese Identitätskarte wurde verändert: Sie ist nicht mit dem Schlüssel signiert, den sie trägt</translation>
    </message>
    <message>
        <source>This identity card has been altered: its fingerprint does not match its keys</source>
        <translation>Diese Identitätskarte wurde verändert: Ihr Fingerabdruck passt nicht zu ihren Schlüsseln</translation>
    </message>
    <message>
        <source>This identity card cannot be used: {problem}</source>
        <translation>Diese Identitätskarte ist nicht verwendbar: {problem}</translation>
    </message>
    <message>
        <source>The fingerprint you compared differs from this card&apos;s from group {group} on. Do not add it: the card may not come from {name}.</source>
        <translation>Der verglichene Fingerabdruck weicht ab Gruppe {group} von dem dieser Karte ab. Fügen Sie sie nicht hinzu: Die Karte stammt vielleicht nicht von {name}.</translation>
    </message>
    <message>
        <source>There is no packet {packet} in your inbox</source>
        <translation>In Ihrem Eingang gibt es kein Paket {packet}</translation>
    </message>
    <message>
        <source>This packet was answered; its review can no longer be changed</source>
        <translation>Dieses Paket wurde beantwortet; die Durchsicht kann nicht mehr geändert werden</translation>
    </message>
    <message>
        <source>This packet was answered on {date}; a packet is answered once</source>
        <translation>Dieses Paket wurde am {date} beantwortet; ein Paket wird einmal beantwortet</translation>
    </message>
    <message>
        <source>comments: a sign-off needs every priority encounter discussed, or a comment giving the reason it was left out; {count} have neither (first: {date}, {client})</source>
        <translation>Kommentare: Zum Abzeichnen muss jede vorrangige Begegnung besprochen sein oder einen Kommentar mit dem Grund haben, warum sie ausgelassen wurde; {count} haben keines von beiden (erste: {date}, {client})</translation>
    </message>
    <message>
        <source>{fingerprint} is not among your contacts; add your supervisor&apos;s card first</source>
        <translation>{fingerprint} gehört nicht zu Ihren Kontakten; fügen Sie zuerst die Karte Ihrer Supervisorin / Ihres Supervisors hinzu</translation>
    </message>
    <message>
        <source>{name} is a supervisee in your contacts, not a supervisor</source>
        <translation>{name} ist in Ihren Kontakten Supervisand:in, nicht Supervisor:in</translation>
    </message>
    <message>
        <source>{month} is signed off already; there is nothing to send</source>
        <translation>{month} ist bereits abgezeichnet; es gibt nichts zu senden</translation>
    </message>
    <message>
        <source>is not the packet&apos;s month</source>
        <translation>ist nicht der Monat des Pakets</translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation>kommt zweimal vor</translation>
    </message>
    <message>
        <source>a packet carries only pseudonymised months</source>
        <translation>ein Paket enthält nur pseudonymisierte Monate</translation>
    </message>
    <message>
        <source>This packet ({month}) was opened before: it is already in your inbox</source>
        <translation>Dieses Paket ({month}) wurde schon geöffnet: Es ist bereits in Ihrem Eingang</translation>
    </message>
    <message>
        <source>is not the packet this review answers</source>
        <translation>ist nicht das Paket, auf das diese Durchsicht antwortet</translation>
    </message>
    <message>
        <source>is not an encounter of this packet</source>
        <translation>ist keine Begegnung dieses Pakets</translation>
    </message>
    <message>
        <source>a sign-off records the meeting it follows</source>
        <translation>eine Abzeichnung hält den Termin fest, auf den sie folgt</translation>
    </message>
    <message>
        <source>is before the month it reviews</source>
        <translation>liegt vor dem Monat, den sie durchsieht</translation>
    </message>
    <message>
        <source>is after the review was signed</source>
        <translation>liegt nach der Unterzeichnung der Durchsicht</translation>
    </message>
    <message>
        <source>a sign-off names who signs it</source>
        <translation>eine Abzeichnung nennt, wer sie unterzeichnet</translation>
    </message>
    <message>
        <source>A reply goes back to the therapist who sent the packet</source>
        <translation>Eine Antwort geht an die Therapeutin / den Therapeuten zurück, die oder der das Paket geschickt hat</translation>
    </message>
    <message>
        <source>This review answers a packet that this database never sent ({month})</source>
        <translation>Diese Durchsicht antwortet auf ein Paket, das diese Datenbank nie gesendet hat ({month})</translation>
    </message>
    <message>
        <source>This review is signed by {sender}, but the packet for {month} was sent to {recipient}</source>
        <translation>Diese Durchsicht ist von {sender} signiert, das Paket für {month} ging aber an {recipient}</translation>
    </message>
    <message>
        <source>This review is for {month}, but the packet it answers is for {sent}</source>
        <translation>Diese Durchsicht gilt {month}, das Paket, auf das sie antwortet, aber {sent}</translation>
    </message>
    <message>
        <source>is not in the form Caselog signs</source>
        <translation>ist nicht in der Form, die Caselog signiert</translation>
    </message>
    <message>
        <source>This review of {month} was merged before</source>
        <translation>Diese Durchsicht von {month} wurde schon übernommen</translation>
    </message>
    <message>
        <source>{month} changed after the packet left, so this review no longer reviews it: its comments can be added without the sign-off, and the month sent again</source>
        <translation>{month} hat sich geändert, nachdem das Paket verschickt wurde; diese Durchsicht gilt also nicht mehr dafür: Ihre Kommentare können ohne die Abzeichnung übernommen und der Monat erneut gesendet werden</translation>
    </message>
    <message>
        <source>The stored review of {month} does not answer this month&apos;s packet</source>
        <translation>Die gespeicherte Durchsicht von {month} antwortet nicht auf das Paket dieses Monats</translation>
    </message>
    <message>
        <source>the month&apos;s sign-off no longer matches the supervisor&apos;s signed reply</source>
        <translation>die Abzeichnung des Monats stimmt nicht mehr mit der signierten Antwort der Supervisorin / des Supervisors überein</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Add a supervisor or supervisee from a &amp;card…</source>
        <translation>Supervisor:in oder Supervisand:in von einer &amp;Karte hinzufügen…</translation>
    </message>
    <message>
        <source>Trust a colleague&apos;s identity card after comparing fingerprints, to exchange supervision packets.</source>
        <translation>Der Identitätskarte einer Kollegin / eines Kollegen nach dem Vergleich der Fingerabdrücke vertrauen, um Supervisionspakete auszutauschen.</translation>
    </message>
    <message>
        <source>Export my identity &amp;card…</source>
        <translation>Meine Identitäts&amp;karte exportieren…</translation>
    </message>
    <message>
        <source>Write your public card for a supervisor or supervisee to add.</source>
        <translation>Ihre öffentliche Karte schreiben, damit Supervisor:in oder Supervisand:in sie hinzufügen kann.</translation>
    </message>
    <message>
        <source>Import a supervisor&apos;s &amp;review…</source>
        <translation>&amp;Durchsicht der Supervision importieren…</translation>
    </message>
    <message>
        <source>Merge the signed review your supervisor sent back for a month.</source>
        <translation>Die signierte Durchsicht übernehmen, die Ihre Supervisorin / Ihr Supervisor für einen Monat zurückgeschickt hat.</translation>
    </message>
    <message>
        <source>Supervision &amp;inbox…</source>
        <translation>Supervisions-&amp;Eingang…</translation>
    </message>
    <message>
        <source>Months your supervisees sent you: open, review and reply.</source>
        <translation>Monate, die Ihre Supervisand:innen Ihnen geschickt haben: öffnen, durchsehen und antworten.</translation>
    </message>
    <message>
        <source>Add a supervisor or supervisee</source>
        <translation>Supervisor:in oder Supervisand:in hinzufügen</translation>
    </message>
    <message>
        <source>Card not added</source>
        <translation>Karte nicht hinzugefügt</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>Supervisor:in</translation>
    </message>
    <message>
        <source>supervisee</source>
        <translation>Supervisand:in</translation>
    </message>
    <message>
        <source>Card added</source>
        <translation>Karte hinzugefügt</translation>
    </message>
    <message>
        <source>{name} is now among your contacts as a {role}, with fingerprint {fingerprint}.</source>
        <translation>{name} gehört jetzt zu Ihren Kontakten ({role}), mit dem Fingerabdruck {fingerprint}.</translation>
    </message>
    <message>
        <source>Export my identity card</source>
        <translation>Meine Identitätskarte exportieren</translation>
    </message>
    <message>
        <source>Set your name first, in Edit → Preferences → Identity: a card shows whose it is.</source>
        <translation>Geben Sie zuerst Ihren Namen an, unter Bearbeiten → Einstellungen → Identität: Eine Karte zeigt, wem sie gehört.</translation>
    </message>
    <message>
        <source>The card could not be written there; nothing was written.</source>
        <translation>Die Karte konnte dort nicht geschrieben werden; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Your card is saved. Whoever adds it will ask you to read out your fingerprint, in person or by phone:

{fingerprint}</source>
        <translation>Ihre Karte ist gespeichert. Wer sie hinzufügt, wird Sie bitten, Ihren Fingerabdruck vorzulesen, persönlich oder am Telefon:

{fingerprint}</translation>
    </message>
    <message>
        <source>Packet refused</source>
        <translation>Paket abgelehnt</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>When and who</source>
        <translation>Wann und wer</translation>
    </message>
    <message>
        <source>How it happened</source>
        <translation>Wie es dazu kam</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>A deliberate extension of the boundary</source>
        <translation>Eine bewusste Erweiterung der Grenze</translation>
    </message>
    <message>
        <source>Planned or initiated by you: record why, and what you expected.</source>
        <translation>Von Ihnen geplant oder ausgegangen: halten Sie fest, warum und was Sie erwartet haben.</translation>
    </message>
    <message>
        <source>Categories and assessment</source>
        <translation>Kategorien und Einschätzung</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Like psychotherapy notes: left out of every export and of review mode unless you include it.</source>
        <translation>Wie Psychotherapie-Notizen: aus jedem Export und aus dem Durchsichtsmodus ausgenommen, außer Sie nehmen sie auf.</translation>
    </message>
    <message>
        <source>Private reflection</source>
        <translation>Private Reflexion</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>The day it happened; not in the future.</source>
        <translation>Der Tag, an dem es geschah; nicht in der Zukunft.</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>The time it happened, as HH:MM; optional.</source>
        <translation>Die Uhrzeit, als HH:MM; optional.</translation>
    </message>
    <message>
        <source>HH:MM (optional)</source>
        <translation>HH:MM (optional)</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;auer</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>How long it lasted, in minutes; optional.</source>
        <translation>Wie lange es dauerte, in Minuten; optional.</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Klient:in</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>The client, by code (and name, if you gave one).</source>
        <translation>Die Klientin / der Klient, nach Kürzel (und Name, falls angegeben).</translation>
    </message>
    <message>
        <source>Choose a client</source>
        <translation>Klient:in wählen</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>In person, by phone, by message or on social media.</source>
        <translation>Persönlich, per Telefon, per Nachricht oder in sozialen Medien.</translation>
    </message>
    <message>
        <source>&amp;Setting</source>
        <translation>&amp;Umgebung</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Where an in-person encounter happened.</source>
        <translation>Wo eine persönliche Begegnung stattfand.</translation>
    </message>
    <message>
        <source>Where did you meet?</source>
        <translation>Wo sind Sie sich begegnet?</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Optional; identifying, so left out of pseudonymised output</source>
        <translation>Optional; identifizierend, daher nicht in pseudonymisierten Ausgaben</translation>
    </message>
    <message>
        <source>&amp;Initiated by</source>
        <translation>&amp;Ausgegangen von</translation>
    </message>
    <message>
        <source>initiated by</source>
        <translation>ausgegangen von</translation>
    </message>
    <message>
        <source>Who sought the contact, or whether it came about by chance.</source>
        <translation>Wer den Kontakt gesucht hat oder ob er zufällig zustande kam.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>A&amp;voidability</source>
        <translation>&amp;Vermeidbarkeit</translation>
    </message>
    <message>
        <source>avoidability</source>
        <translation>Vermeidbarkeit</translation>
    </message>
    <message>
        <source>Whether you could have avoided it, or planned it.</source>
        <translation>Ob Sie die Begegnung hätten vermeiden können oder sie geplant haben.</translation>
    </message>
    <message>
        <source>Ac&amp;knowledgement</source>
        <translation>&amp;Begrüßung</translation>
    </message>
    <message>
        <source>acknowledgement</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Who acknowledged whom. The client leads; agree it in therapy beforehand.</source>
        <translation>Wer wen begrüßt hat. Die Klientin oder der Klient gibt den Ton an; vereinbaren Sie es vorher in der Therapie.</translation>
    </message>
    <message>
        <source>Others were present</source>
        <translation>Andere waren anwesend</translation>
    </message>
    <message>
        <source>others present</source>
        <translation>andere anwesend</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>Andere anwesend</translation>
    </message>
    <message>
        <source>Anyone else was there to see or hear.</source>
        <translation>Jemand anderes war dabei und konnte etwas sehen oder hören.</translation>
    </message>
    <message>
        <source>Therapy material came up</source>
        <translation>Therapieinhalte kamen zur Sprache</translation>
    </message>
    <message>
        <source>therapy material came up</source>
        <translation>Therapieinhalte kamen zur Sprache</translation>
    </message>
    <message>
        <source>Anything from therapy was mentioned or alluded to.</source>
        <translation>Etwas aus der Therapie wurde erwähnt oder angedeutet.</translation>
    </message>
    <message>
        <source>What was &amp;said</source>
        <translation>Was &amp;gesagt wurde</translation>
    </message>
    <message>
        <source>what was said</source>
        <translation>was gesagt wurde</translation>
    </message>
    <message>
        <source>Brief and factual: what each of you said or did.</source>
        <translation>Kurz und sachlich: was jede Seite gesagt oder getan hat.</translation>
    </message>
    <message>
        <source>Brief and factual</source>
        <translation>Kurz und sachlich</translation>
    </message>
    <message>
        <source>Your &amp;response</source>
        <translation>Ihre &amp;Reaktion</translation>
    </message>
    <message>
        <source>response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>How you handled it; precautions taken</source>
        <translation>Wie Sie damit umgegangen sind; getroffene Vorkehrungen</translation>
    </message>
    <message>
        <source>Re&amp;flection</source>
        <translation>Re&amp;flexion</translation>
    </message>
    <message>
        <source>reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>Therapist&apos;s reflection (included by the therapist)</source>
        <translation>Reflexion der Therapeutin / des Therapeuten (von ihr / ihm aufgenommen)</translation>
    </message>
    <message>
        <source>Your own thoughts and pulls: is this for me or for the client?</source>
        <translation>Ihre eigenen Gedanken und Impulse: Ist das für mich oder für die Klientin / den Klienten?</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation>&amp;Risiko</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>The risk this encounter carries for the client and the therapy.</source>
        <translation>Das Risiko dieser Begegnung für die Klientin / den Klienten und die Therapie.</translation>
    </message>
    <message>
        <source>Assess&amp;ment</source>
        <translation>Einschät&amp;zung</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>A crossing departs from the frame and may be benign; a violation harms or exploits.</source>
        <translation>Eine Grenzüberschreitung verlässt den Rahmen und kann harmlos sein; eine Grenzverletzung schadet oder nutzt aus.</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Why you extended the boundary.</source>
        <translation>Warum Sie die Grenze erweitert haben.</translation>
    </message>
    <message>
        <source>Anticipated benefit</source>
        <translation>Erwarteter Nutzen</translation>
    </message>
    <message>
        <source>anticipated benefit</source>
        <translation>erwarteter Nutzen</translation>
    </message>
    <message>
        <source>What you expected the client to gain.</source>
        <translation>Was die Klientin / der Klient Ihrer Erwartung nach davon hat.</translation>
    </message>
    <message>
        <source>Anticipated consequences</source>
        <translation>Erwartete Folgen</translation>
    </message>
    <message>
        <source>anticipated consequences</source>
        <translation>erwartete Folgen</translation>
    </message>
    <message>
        <source>What could follow, for the client and for the therapy.</source>
        <translation>Was folgen könnte, für die Klientin / den Klienten und für die Therapie.</translation>
    </message>
    <message>
        <source>C&amp;onsultation</source>
        <translation>K&amp;onsultation</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>Konsultation</translation>
    </message>
    <message>
        <source>Whom you consulted (by role), when, and the advice</source>
        <translation>Wen Sie (nach Rolle) konsultiert haben, wann, und der Rat</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Folgeschritt</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>Folgeschritt</translation>
    </message>
    <message>
        <source>Flag for supervision</source>
        <translation>Für die Supervision markieren</translation>
    </message>
    <message>
        <source>flagged for supervision</source>
        <translation>für die Supervision markiert</translation>
    </message>
    <message>
        <source>Flagged for supervision</source>
        <translation>Für die Supervision markiert</translation>
    </message>
    <message>
        <source>Raise this encounter in supervision; it is listed first in the month&apos;s summary.</source>
        <translation>Diese Begegnung in der Supervision ansprechen; sie steht in der Monatsübersicht oben.</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Bedenken</translation>
    </message>
    <message>
        <source>concerns</source>
        <translation>Bedenken</translation>
    </message>
    <message>
        <source>What the encounter raises for supervision: suggested from the text, confirmed by you.</source>
        <translation>Was die Begegnung für die Supervision aufwirft: aus dem Text vorgeschlagen, von Ihnen bestätigt.</translation>
    </message>
</context>
<context>
    <name>FindingTableModel</name>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>What it may be</source>
        <translation>Was es sein könnte</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> und {0} weitere</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Welcome to Caselog</source>
        <translation>Willkommen bei Caselog</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Log it, tag it, take it to supervision&lt;/h2&gt;&lt;p&gt;After you meet a client outside a session (in a shop, at an event, by message, at a party) write down briefly and factually what happened and how you handled it. Caselog suggests boundary categories with its reasons; you accept or dismiss them. Once a month, the summary and review mode take the month to supervision.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Festhalten, zuordnen, in die Supervision mitnehmen&lt;/h2&gt;&lt;p&gt;Wenn Sie einer Klientin oder einem Klienten außerhalb einer Sitzung begegnen (im Geschäft, bei einer Veranstaltung, per Nachricht, auf einer Feier), notieren Sie kurz und sachlich, was geschah und wie Sie damit umgegangen sind. Caselog schlägt Grenzkategorien mit Begründung vor; Sie übernehmen oder verwerfen sie. Einmal im Monat bringen die Monatsübersicht und der Durchsichtsmodus den Monat in die Supervision.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The eight categories</source>
        <translation>Die acht Kategorien</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The acknowledgement protocol&lt;/h3&gt;&lt;p&gt;The client leads. Agree in therapy, before it happens, what each of you will do if you meet outside: many clients prefer that you do not greet them first. Record whether the client acknowledged you first, whether consent was on file, or whether you acknowledged them without it: a pattern of the last is a drift signal.&lt;/p&gt;&lt;h3&gt;How your notes are protected&lt;/h3&gt;&lt;p&gt;Everything is encrypted on disk with your passphrase, which cannot be recovered. Caselog locks after a few idle minutes and on Ctrl+L. Summaries, PDFs, exports and review mode show client codes, never names or locations, unless you choose otherwise; private reflections stay private unless you include them. Backups are made daily.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Das Begrüßungsprotokoll&lt;/h3&gt;&lt;p&gt;Die Klientin oder der Klient gibt den Ton an. Vereinbaren Sie in der Therapie, bevor es passiert, was jede Seite tut, wenn Sie sich draußen begegnen: Viele Klient:innen möchten nicht zuerst gegrüßt werden. Halten Sie fest, ob die Klientin oder der Klient Sie zuerst begrüßt hat, ob ein Einverständnis vorlag oder ob Sie ohne Einverständnis gegrüßt haben: Häuft sich Letzteres, ist das ein Driftsignal.&lt;/p&gt;&lt;h3&gt;Wie Ihre Notizen geschützt sind&lt;/h3&gt;&lt;p&gt;Alles wird auf der Festplatte mit Ihrer Passphrase verschlüsselt, die sich nicht wiederherstellen lässt. Caselog sperrt sich nach einigen Minuten ohne Eingabe und mit Strg+L. Übersichten, PDFs, Exporte und der Durchsichtsmodus zeigen Kürzel, nie Namen oder Orte, außer Sie wählen es anders; private Reflexionen bleiben privat, außer Sie nehmen sie auf. Sicherungen entstehen täglich.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Guide to Caselog</source>
        <translation>&amp;Anleitung zu Caselog</translation>
    </message>
    <message>
        <source>&amp;About Caselog</source>
        <translation>Ü&amp;ber Caselog</translation>
    </message>
</context>
<context>
    <name>HoursWindow</name>
    <message>
        <source>Supervision hours — Caselog</source>
        <translation>Supervisionsstunden — Caselog</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Show one year&apos;s meetings, or every year&apos;s.</source>
        <translation>Die Sitzungen eines Jahres zeigen oder die aller Jahre.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Write the shown meetings and their total as CSV, for a licensing board&apos;s form.</source>
        <translation>Die gezeigten Sitzungen und ihre Summe als CSV schreiben, für das Formular der Approbations- oder Zulassungsbehörde.</translation>
    </message>
    <message>
        <source>Total supervision hours</source>
        <translation>Supervisionsstunden insgesamt</translation>
    </message>
    <message>
        <source>Supervision meetings</source>
        <translation>Supervisionssitzungen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Month reviewed</source>
        <translation>Besprochener Monat</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor/in</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Laufende Summe</translation>
    </message>
    <message>
        <source>Hours by supervisor, format, kind and year</source>
        <translation>Stunden nach Supervisor/in, Form, Art und Jahr</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>allen Jahren</translation>
    </message>
    <message>
        <source>{0} hours of supervision in {1} ({2} meetings; {3} hours in signed-off months).</source>
        <translation>{0} Stunden Supervision in {1} ({2} Sitzungen; {3} Stunden in abgezeichneten Monaten).</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>By supervisor</source>
        <translation>Nach Supervisor/in</translation>
    </message>
    <message>
        <source>By format</source>
        <translation>Nach Form</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Nach Art</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Nach Jahr</translation>
    </message>
    <message>
        <source>Export supervision hours</source>
        <translation>Supervisionsstunden exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>IdentifiersDialog</name>
    <message>
        <source>Keep out from now on</source>
        <translation>Ab jetzt heraushalten</translation>
    </message>
    <message>
        <source>Pseudonymise here</source>
        <translation>Hier pseudonymisieren</translation>
    </message>
    <message>
        <source>Let pass</source>
        <translation>Stehen lassen</translation>
    </message>
    <message>
        <source>May be a name</source>
        <translation>Vielleicht ein Name</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>School or named place</source>
        <translation>Schule oder benannter Ort</translation>
    </message>
    <message>
        <source>May be a date of birth</source>
        <translation>Vielleicht ein Geburtsdatum</translation>
    </message>
    <message>
        <source>Possible identifiers</source>
        <translation>Mögliche Identifikatoren</translation>
    </message>
    <message>
        <source>Caselog replaced the names, keep-out words, places and contacts it knows. These words may still identify someone. For each, choose: keep it out from now on (it becomes a keep-out word of the client it was written about), pseudonymise it in this export only, or let it pass.</source>
        <translation>Caselog hat die Namen, Sperrwörter, Orte und Kontaktangaben ersetzt, die es kennt. Diese Wörter könnten noch jemanden erkennbar machen. Entscheiden Sie für jedes: ab jetzt heraushalten (es wird ein Sperrwort der Klientin oder des Klienten, über die oder den es geschrieben wurde), nur in diesem Export pseudonymisieren oder stehen lassen.</translation>
    </message>
    <message>
        <source>&amp;Keep out from now on</source>
        <translation>Ab jetzt &amp;heraushalten</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise here</source>
        <translation>Hier &amp;pseudonymisieren</translation>
    </message>
    <message>
        <source>&amp;Let pass</source>
        <translation>&amp;Stehen lassen</translation>
    </message>
    <message>
        <source>For the chosen words:</source>
        <translation>Für die gewählten Wörter:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identität</translation>
    </message>
    <message>
        <source>Your name on your card</source>
        <translation>Ihr Name auf Ihrer Karte</translation>
    </message>
    <message>
        <source>Therapist (I send months to a supervisor)</source>
        <translation>Therapeut:in (ich sende Monate an eine Supervision)</translation>
    </message>
    <message>
        <source>Supervisor (I review supervisees&apos; months)</source>
        <translation>Supervisor:in (ich sehe Monate von Supervisand:innen durch)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Qualifikation</translation>
    </message>
    <message>
        <source>e.g. PsyD, LMFT, UKCP registered</source>
        <translation>z. B. Psychologische Psychotherapeutin, Dipl.-Psych.</translation>
    </message>
    <message>
        <source>Licence number and jurisdiction</source>
        <translation>Zulassungsnummer und Zuständigkeit</translation>
    </message>
    <message>
        <source>e.g. PSY 12345 (California)</source>
        <translation>z. B. Approbation, Psychotherapeutenkammer Berlin</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Ihr Fingerabdruck</translation>
    </message>
    <message>
        <source>Supervisors and supervisees add your card (File → Export my identity card) only after you read this fingerprint out to them, in person or by phone. It stays the same when you change your passphrase or restore a backup. Your secret keys never leave the encrypted database.</source>
        <translation>Supervisor:innen und Supervisand:innen fügen Ihre Karte (Datei → Meine Identitätskarte exportieren) erst hinzu, nachdem Sie ihnen diesen Fingerabdruck vorgelesen haben, persönlich oder am Telefon. Er bleibt gleich, wenn Sie die Passphrase ändern oder eine Sicherung wiederherstellen. Ihre geheimen Schlüssel verlassen nie die verschlüsselte Datenbank.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Credential</source>
        <translation>&amp;Qualifikation</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Zulassung</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Supervisee</source>
        <translation>Supervisand:in</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Durchsicht</translation>
    </message>
    <message>
        <source>Signed off, reply sent</source>
        <translation>Abgezeichnet, Antwort gesendet</translation>
    </message>
    <message>
        <source>Needs revision, reply sent</source>
        <translation>Überarbeitung nötig, Antwort gesendet</translation>
    </message>
    <message>
        <source>{status} (a newer packet came)</source>
        <translation>{status} (ein neueres Paket ist da)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxWindow</name>
    <message>
        <source>Supervision inbox — Caselog</source>
        <translation>Supervisions-Eingang — Caselog</translation>
    </message>
    <message>
        <source>Months your supervisees sent you. Each packet was verified when it was opened: it comes from the person whose card you added, and nobody changed it on the way. Client codes stand in for people (pseudonymised).</source>
        <translation>Monate, die Ihre Supervisand:innen Ihnen geschickt haben. Jedes Paket wurde beim Öffnen geprüft: Es stammt von der Person, deren Karte Sie hinzugefügt haben, und niemand hat es unterwegs verändert. Klient:innen-Codes stehen für Personen (pseudonymisiert).</translation>
    </message>
    <message>
        <source>Packets received</source>
        <translation>Eingegangene Pakete</translation>
    </message>
    <message>
        <source>Supervisee, month, status and when it arrived; Enter reviews it.</source>
        <translation>Supervisand:in, Monat, Stand und Eingang; die Eingabetaste öffnet die Durchsicht.</translation>
    </message>
    <message>
        <source>No packets yet. When a supervisee sends you a month, open its file here.</source>
        <translation>Noch keine Pakete. Wenn Ihnen jemand einen Monat schickt, öffnen Sie die Datei hier.</translation>
    </message>
    <message>
        <source>&amp;Open a packet file…</source>
        <translation>Paketdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Verify a .caselog-packet file and file it here.</source>
        <translation>Eine .caselog-packet-Datei prüfen und hier ablegen.</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Durchsehen</translation>
    </message>
    <message>
        <source>Review the chosen month, comment and reply.</source>
        <translation>Den gewählten Monat durchsehen, kommentieren und antworten.</translation>
    </message>
    <message>
        <source>Open a supervision packet</source>
        <translation>Supervisionspaket öffnen</translation>
    </message>
    <message>
        <source>Caselog packets (*.caselog-packet)</source>
        <translation>Caselog-Pakete (*.caselog-packet)</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}); nothing was filed.</source>
        <translation>Etwas ist schiefgegangen ({kind}); es wurde nichts abgelegt.</translation>
    </message>
    <message>
        <source>Packet refused</source>
        <translation>Paket abgelehnt</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Message (text, chat, email)</source>
        <translation>Nachricht (SMS, Chat, E-Mail)</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>Public place</source>
        <translation>Öffentlicher Ort</translation>
    </message>
    <message>
        <source>Community event</source>
        <translation>Veranstaltung im Umfeld</translation>
    </message>
    <message>
        <source>Private gathering</source>
        <translation>Private Zusammenkunft</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Other place</source>
        <translation>Anderer Ort</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Entfällt</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <source>Chance (neither sought it)</source>
        <translation>Zufall (keiner hat es gesucht)</translation>
    </message>
    <message>
        <source>No contact (seen, no interaction)</source>
        <translation>Kein Kontakt (gesehen, keine Interaktion)</translation>
    </message>
    <message>
        <source>Unavoidable</source>
        <translation>Unvermeidbar</translation>
    </message>
    <message>
        <source>Avoidable</source>
        <translation>Vermeidbar</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Consent on file (agreed beforehand)</source>
        <translation>Einverständnis liegt vor (vorher vereinbart)</translation>
    </message>
    <message>
        <source>Client acknowledged first</source>
        <translation>Klient:in hat zuerst gegrüßt</translation>
    </message>
    <message>
        <source>Not acknowledged (protocol followed)</source>
        <translation>Nicht gegrüßt (Protokoll eingehalten)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Boundary crossing, benign</source>
        <translation>Grenzüberschreitung, harmlos</translation>
    </message>
    <message>
        <source>Boundary crossing, risky</source>
        <translation>Grenzüberschreitung, riskant</translation>
    </message>
    <message>
        <source>Boundary violation</source>
        <translation>Grenzverletzung</translation>
    </message>
    <message>
        <source>Discuss next session</source>
        <translation>In der nächsten Sitzung besprechen</translation>
    </message>
    <message>
        <source>Consult supervisor</source>
        <translation>Supervisor:in konsultieren</translation>
    </message>
    <message>
        <source>Document in clinical record</source>
        <translation>In der klinischen Akte dokumentieren</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>Keine Maßnahme nötig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Ready for supervision</source>
        <translation>Bereit für die Supervision</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Abgezeichnet</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Kein Kontakt</translation>
    </message>
    <message>
        <source>Consent on file</source>
        <translation>Einverständnis liegt vor</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>Nicht gegrüßt</translation>
    </message>
    <message>
        <source>Without consent</source>
        <translation>Ohne Einverständnis</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} Min.</translation>
    </message>
    <message>
        <source>client {0}</source>
        <translation>Klient:in {0}</translation>
    </message>
    <message>
        <source>tag {0}</source>
        <translation>Schlagwort {0}</translation>
    </message>
    <message>
        <source>encounter {0}</source>
        <translation>Begegnung {0}</translation>
    </message>
    <message>
        <source>review {0}</source>
        <translation>Durchsicht {0}</translation>
    </message>
    <message>
        <source>addendum {0}</source>
        <translation>Nachtrag {0}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Gemeinde und Umfeld</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Family and friends</source>
        <translation>Familie und Freunde</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Other overlap</source>
        <translation>Andere Überschneidung</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Ehemalig</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Therapeut:in</translation>
    </message>
    <message>
        <source>Therapist acknowledged without prior consent</source>
        <translation>Therapeut:in hat ohne vorherige Zustimmung gegrüßt</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Einzeln</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>No crossing (the agreed protocol was followed)</source>
        <translation>Keine Grenzüberschreitung (das vereinbarte Vorgehen wurde eingehalten)</translation>
    </message>
    <message>
        <source>Romantic or sexual</source>
        <translation>Romantisch oder sexuell</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>Money or business</source>
        <translation>Geld oder Geschäft</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Looked the client up online</source>
        <translation>Klient:in online gesucht</translation>
    </message>
    <message>
        <source>Social media connection</source>
        <translation>Verbindung in sozialen Medien</translation>
    </message>
    <message>
        <source>Physical contact</source>
        <translation>Körperkontakt</translation>
    </message>
    <message>
        <source>Self-disclosure</source>
        <translation>Selbstoffenbarung</translation>
    </message>
    <message>
        <source>No crossing</source>
        <translation>Keine Überschreitung</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>That passphrase does not open Caselog. Try again.</source>
        <translation>Diese Passphrase öffnet Caselog nicht. Bitte erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>&lt;h2&gt;Caselog is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Caselog ist gesperrt&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Demo data: press Unlock.</source>
        <translation>Beispieldaten: Entsperren drücken.</translation>
    </message>
    <message>
        <source>Enter your passphrase to return to where you were. Unsaved work was kept as a draft.</source>
        <translation>Geben Sie Ihre Passphrase ein, um dorthin zurückzukehren, wo Sie waren. Ungespeicherte Arbeit wurde als Entwurf aufbewahrt.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation>Problem beim Entsperren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{0} — demo data</source>
        <translation>{0} — Beispieldaten</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Show only the encounters of one month.</source>
        <translation>Nur die Begegnungen eines Monats zeigen.</translation>
    </message>
    <message>
        <source>Search what was said, responses, places… (Ctrl+F)</source>
        <translation>Suchen in Gesagtem, Reaktionen, Orten… (Strg+F)</translation>
    </message>
    <message>
        <source>Search encounters</source>
        <translation>Begegnungen durchsuchen</translation>
    </message>
    <message>
        <source>Shows the encounters that contain every word you type, as the start of a word.</source>
        <translation>Zeigt die Begegnungen, die jedes eingegebene Wort als Wortanfang enthalten.</translation>
    </message>
    <message>
        <source>&amp;New encounter</source>
        <translation>&amp;Neue Begegnung</translation>
    </message>
    <message>
        <source>&amp;Edit encounter</source>
        <translation>Begegnung &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Move to trash</source>
        <translation>In den &amp;Papierkorb</translation>
    </message>
    <message>
        <source>Show &amp;trash</source>
        <translation>&amp;Papierkorb anzeigen</translation>
    </message>
    <message>
        <source>&amp;Restore from trash</source>
        <translation>Aus dem Papierkorb &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Papierkorb leeren…</translation>
    </message>
    <message>
        <source>&amp;Clients…</source>
        <translation>&amp;Klient:innen…</translation>
    </message>
    <message>
        <source>Supervision &amp;review mode…</source>
        <translation>Supervisions-&amp;Durchsicht…</translation>
    </message>
    <message>
        <source>Monthly &amp;summary…</source>
        <translation>Monats&amp;übersicht…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Jetzt &amp;sperren</translation>
    </message>
    <message>
        <source>Log an encounter with a client outside a session.</source>
        <translation>Eine Begegnung mit einer Klientin / einem Klienten außerhalb einer Sitzung festhalten.</translation>
    </message>
    <message>
        <source>Open the chosen encounter in the form.</source>
        <translation>Die gewählte Begegnung im Formular öffnen.</translation>
    </message>
    <message>
        <source>Move the chosen encounter to the trash, from where it can be restored.</source>
        <translation>Die gewählte Begegnung in den Papierkorb verschieben, aus dem sie sich wiederherstellen lässt.</translation>
    </message>
    <message>
        <source>Show the encounters in the trash instead of the log.</source>
        <translation>Die Begegnungen im Papierkorb statt des Protokolls zeigen.</translation>
    </message>
    <message>
        <source>Put the chosen encounter back in the log.</source>
        <translation>Die gewählte Begegnung zurück ins Protokoll holen.</translation>
    </message>
    <message>
        <source>Delete the encounters in the trash for good.</source>
        <translation>Die Begegnungen im Papierkorb endgültig löschen.</translation>
    </message>
    <message>
        <source>Add clients; see their codes, optional names and encounters.</source>
        <translation>Klient:innen hinzufügen; ihre Kürzel, optionalen Namen und Begegnungen sehen.</translation>
    </message>
    <message>
        <source>The month&apos;s figures, drift signals and charts.</source>
        <translation>Eckdaten, Driftsignale und Diagramme des Monats.</translation>
    </message>
    <message>
        <source>Search what was said, responses and places.</source>
        <translation>In Gesagtem, Reaktionen und Orten suchen.</translation>
    </message>
    <message>
        <source>Close Caselog. Saved notes stay encrypted.</source>
        <translation>Caselog schließen. Gespeicherte Notizen bleiben verschlüsselt.</translation>
    </message>
    <message>
        <source>Lock Caselog now; your passphrase opens it again where you were.</source>
        <translation>Caselog jetzt sperren; Ihre Passphrase öffnet es wieder dort, wo Sie waren.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Klient:innen</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>Alle Monate</translation>
    </message>
    <message numerus="yes">
        <source>%n encounter(s) in the trash</source>
        <translation>
            <numerusform>%n Begegnung im Papierkorb</numerusform>
            <numerusform>%n Begegnungen im Papierkorb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n encounter(s)</source>
        <translation>
            <numerusform>%n Begegnung</numerusform>
            <numerusform>%n Begegnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Encounter saved.</source>
        <translation>Begegnung gespeichert.</translation>
    </message>
    <message>
        <source>Signed-off month</source>
        <translation>Abgezeichneter Monat</translation>
    </message>
    <message>
        <source>{0} has been signed off in supervision, so its encounters stay. Edit one to add an addendum instead.</source>
        <translation>{0} wurde in der Supervision abgezeichnet, daher bleiben seine Begegnungen erhalten. Bearbeiten Sie stattdessen eine, um einen Nachtrag hinzuzufügen.</translation>
    </message>
    <message>
        <source>Moved to the trash. Show the trash (Ctrl+T) to restore it.</source>
        <translation>In den Papierkorb verschoben. Papierkorb anzeigen (Strg+T), um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>Encounter restored.</source>
        <translation>Begegnung wiederhergestellt.</translation>
    </message>
    <message>
        <source>Empty trash?</source>
        <translation>Papierkorb leeren?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n encounter(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Die %n Begegnung im Papierkorb endgültig löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Die %n Begegnungen im Papierkorb endgültig löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n encounter(s) deleted for good.</source>
        <translation>
            <numerusform>%n Begegnung endgültig gelöscht.</numerusform>
            <numerusform>%n Begegnungen endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved encounter recovered</source>
        <translation>Ungespeicherte Begegnung wiederhergestellt</translation>
    </message>
    <message>
        <source>Caselog closed before an encounter was saved. Open it to finish it?</source>
        <translation>Caselog wurde geschlossen, bevor eine Begegnung gespeichert war. Öffnen, um sie fertigzustellen?</translation>
    </message>
    <message>
        <source>Go through a month with your supervisor, pseudonymised, and sign it off.</source>
        <translation>Einen Monat mit Ihrer Supervisorin / Ihrem Supervisor durchgehen, pseudonymisiert, und abzeichnen lassen.</translation>
    </message>
    <message>
        <source>Supervision &amp;hours…</source>
        <translation>Supervisions&amp;stunden …</translation>
    </message>
    <message>
        <source>The supervision hours log toward licensure, by supervisor, format and year.</source>
        <translation>Das Protokoll der Supervisionsstunden für die Zulassung, nach Supervisor/in, Form und Jahr.</translation>
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <source>Meeting date</source>
        <translation>Datum des Termins</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>Datum nicht erfasst</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Meeting duration</source>
        <translation>Dauer des Termins</translation>
    </message>
    <message>
        <source>Format…</source>
        <translation>Format…</translation>
    </message>
    <message>
        <source>Meeting format</source>
        <translation>Format des Termins</translation>
    </message>
    <message>
        <source>The day of the supervision meeting.</source>
        <translation>Der Tag des Supervisionstermins.</translation>
    </message>
    <message>
        <source>How long the meeting took, in minutes.</source>
        <translation>Wie lange der Termin dauerte, in Minuten.</translation>
    </message>
    <message>
        <source>In person, by video call or by phone.</source>
        <translation>Persönlich, per Videoanruf oder per Telefon.</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Termin:</translation>
    </message>
    <message>
        <source>Individual or group…</source>
        <translation>Einzel oder Gruppe …</translation>
    </message>
    <message>
        <source>Meeting kind</source>
        <translation>Art der Sitzung</translation>
    </message>
    <message>
        <source>Individual or group supervision (the hours log totals them apart).</source>
        <translation>Einzel- oder Gruppensupervision (das Stundenprotokoll summiert sie getrennt).</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>{month} is signed off: give a reason, and the change will be kept as an addendum</source>
        <translation>{month} ist abgezeichnet: Geben Sie eine Begründung an, dann wird die Änderung als Nachtrag aufbewahrt</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(verborgen)</translation>
    </message>
    <message>
        <source>added to {month} after sign-off</source>
        <translation>nach dem Abzeichnen zu {month} hinzugefügt</translation>
    </message>
    <message>
        <source>{date} {client}: {what} (on {changed_on}, because: {reason})</source>
        <translation>{date} {client}: {what} (am {changed_on}, Begründung: {reason})</translation>
    </message>
    <message>
        <source>The database failed its page check, so it was not copied over a good backup.</source>
        <translation>Die Datenbank hat ihre Seitenprüfung nicht bestanden und wurde daher nicht über eine gute Sicherung kopiert.</translation>
    </message>
    <message>
        <source>The backup cannot be used: {reason}</source>
        <translation>Die Sicherung ist nicht verwendbar: {reason}</translation>
    </message>
    <message>
        <source>The backup is damaged ({count} problem(s) found); the database was not replaced.</source>
        <translation>Die Sicherung ist beschädigt ({count} Problem(e) gefunden); die Datenbank wurde nicht ersetzt.</translation>
    </message>
    <message>
        <source>The restored database failed its check.</source>
        <translation>Die wiederhergestellte Datenbank hat ihre Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>must be text, not {kind}</source>
        <translation>muss Text sein, nicht {kind}</translation>
    </message>
    <message>
        <source>{code} is not a valid code (1–20 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;)</source>
        <translation>{code} ist kein gültiges Kürzel (1–20 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;)</translation>
    </message>
    <message>
        <source>name: longer than {limit} characters</source>
        <translation>Name: länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>code: {problem}</source>
        <translation>Kürzel: {problem}</translation>
    </message>
    <message>
        <source>code: {code} is already used by another client</source>
        <translation>Kürzel: {code} wird schon für eine andere Person verwendet</translation>
    </message>
    <message>
        <source>The passphrase is empty. An empty passphrase would leave the notes unencrypted.</source>
        <translation>Die Passphrase ist leer. Mit einer leeren Passphrase blieben die Notizen unverschlüsselt.</translation>
    </message>
    <message>
        <source>There is already a file at {path}; Caselog will not overwrite it.</source>
        <translation>Unter {path} liegt bereits eine Datei; Caselog überschreibt sie nicht.</translation>
    </message>
    <message>
        <source>There is no Caselog database at {path}.</source>
        <translation>Unter {path} gibt es keine Caselog-Datenbank.</translation>
    </message>
    <message>
        <source>{path} is a plain, unencrypted SQLite file, not a Caselog database.</source>
        <translation>{path} ist eine einfache, unverschlüsselte SQLite-Datei, keine Caselog-Datenbank.</translation>
    </message>
    <message>
        <source>{path} is empty, not a Caselog database.</source>
        <translation>{path} ist leer, keine Caselog-Datenbank.</translation>
    </message>
    <message>
        <source>{path} is not a Caselog database.</source>
        <translation>{path} ist keine Caselog-Datenbank.</translation>
    </message>
    <message>
        <source>The passphrase does not open this database (or its first page is damaged).</source>
        <translation>Die Passphrase öffnet diese Datenbank nicht (oder ihre erste Seite ist beschädigt).</translation>
    </message>
    <message>
        <source>{path} is an encrypted database, but not one made by Caselog.</source>
        <translation>{path} ist eine verschlüsselte Datenbank, aber keine von Caselog.</translation>
    </message>
    <message>
        <source>{path} is damaged: it ends part-way through a page.</source>
        <translation>{path} ist beschädigt: Die Datei endet mitten in einer Seite.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read.</source>
        <translation>{path} ist beschädigt und lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>Imported {encounters} encounter(s), {clients} client(s), {tags} tag(s) and {reviews} review(s); {present} encounter(s) and {reviews_present} review(s) were already present.</source>
        <translation>{encounters} Begegnung(en), {clients} Klient:in(nen), {tags} Schlagwort/Schlagwörter und {reviews} Durchsicht(en) importiert; {present} Begegnung(en) und {reviews_present} Durchsicht(en) waren schon vorhanden.</translation>
    </message>
    <message>
        <source>{name} is not a JSON number Caselog accepts</source>
        <translation>{name} ist keine JSON-Zahl, die Caselog annimmt</translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object</source>
        <translation>der Schlüssel {key} kommt in einem Objekt zweimal vor</translation>
    </message>
    <message>
        <source>the file is nested too deeply to be a Caselog export</source>
        <translation>die Datei ist zu tief verschachtelt für einen Caselog-Export</translation>
    </message>
    <message>
        <source>not valid JSON (line {line}, column {column}: {reason})</source>
        <translation>kein gültiges JSON (Zeile {line}, Spalte {column}: {reason})</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>{path} lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>sehr schwach</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>sehr stark</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>ready for supervision</source>
        <translation>bereit für die Supervision</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>abgezeichnet</translation>
    </message>
    <message>
        <source>{month} is signed off; its review can no longer be changed</source>
        <translation>{month} ist abgezeichnet; seine Durchsicht lässt sich nicht mehr ändern</translation>
    </message>
    <message>
        <source>is longer than {limit:,} characters</source>
        <translation>ist länger als {limit:,} Zeichen</translation>
    </message>
    <message>
        <source>{month} is {status}, not open</source>
        <translation>{month} ist {status}, nicht offen</translation>
    </message>
    <message>
        <source>{month} is {status}, not ready for supervision</source>
        <translation>{month} ist {status}, nicht bereit für die Supervision</translation>
    </message>
    <message>
        <source>{month} is {status}; only a month ready for supervision can be signed off</source>
        <translation>{month} ist {status}; nur ein Monat, der bereit für die Supervision ist, kann abgezeichnet werden</translation>
    </message>
    <message>
        <source>{date} is in the future</source>
        <translation>{date} liegt in der Zukunft</translation>
    </message>
    <message>
        <source>{date} is before the month it signs off</source>
        <translation>{date} liegt vor dem Monat, den es abzeichnet</translation>
    </message>
    <message>
        <source>{month} is not signed off by the supervisor yet</source>
        <translation>{month} ist noch nicht von der Supervisorin / dem Supervisor abgezeichnet</translation>
    </message>
    <message>
        <source>{month} is already countersigned</source>
        <translation>{month} ist bereits gegengezeichnet</translation>
    </message>
    <message>
        <source>{slug} is not a valid slug (lower-case letters, digits and &apos;_&apos;, at most 40)</source>
        <translation>{slug} ist kein gültiger Bezeichner (Kleinbuchstaben, Ziffern und &apos;_&apos;, höchstens 40)</translation>
    </message>
    <message>
        <source>{slug} is a built-in category</source>
        <translation>{slug} ist eine eingebaute Kategorie</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation>muss nicht leerer Text sein</translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <translation>länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>{slug}: built-in categories can be hidden, not deleted</source>
        <translation>{slug}: eingebaute Kategorien lassen sich ausblenden, nicht löschen</translation>
    </message>
    <message>
        <source>{field}: longer than {limit} characters</source>
        <translation>{field}: länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>ended on: only a former client has an end of therapy</source>
        <translation>beendet am: nur eine ehemalige Klientin oder ein ehemaliger Klient hat ein Therapieende</translation>
    </message>
    <message>
        <source>ended on: {date} is in the future</source>
        <translation>beendet am: {date} liegt in der Zukunft</translation>
    </message>
    <message>
        <source>acknowledgement agreement</source>
        <translation>Vereinbarung zum Grüßen</translation>
    </message>
    <message>
        <source>acknowledgement agreement, agreed on: is required</source>
        <translation>Vereinbarung zum Grüßen, vereinbart am: fehlt</translation>
    </message>
    <message>
        <source>agreed on: {date} is in the future</source>
        <translation>vereinbart am: {date} liegt in der Zukunft</translation>
    </message>
    <message>
        <source>contact agreement</source>
        <translation>Kontaktvereinbarung</translation>
    </message>
    <message>
        <source>overlap {number}, description: is required</source>
        <translation>Überschneidung {number}, Beschreibung: fehlt</translation>
    </message>
    <message>
        <source>overlap {number}, description</source>
        <translation>Überschneidung {number}, Beschreibung</translation>
    </message>
    <message>
        <source>overlap {number}, plan</source>
        <translation>Überschneidung {number}, Plan</translation>
    </message>
    <message>
        <source>keep-out words: an empty word</source>
        <translation>Sperrwörter: ein leeres Wort</translation>
    </message>
    <message>
        <source>keep-out word</source>
        <translation>Sperrwort</translation>
    </message>
    <message>
        <source>client {code}</source>
        <translation>Klient:in {code}</translation>
    </message>
    <message>
        <source>addendum</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <source>tag {slug}</source>
        <translation>Schlagwort {slug}</translation>
    </message>
    <message>
        <source>discussed {discussed} of {priority} priority encounters</source>
        <translation>{discussed} von {priority} vorrangigen Begegnungen besprochen</translation>
    </message>
    <message>
        <source>; {count} left out with a reason</source>
        <translation>; {count} mit Begründung ausgelassen</translation>
    </message>
    <message>
        <source>{missing} of {priority} priority encounters are neither marked discussed nor given a reason for leaving them out</source>
        <translation>{missing} von {priority} vorrangigen Begegnungen sind weder als besprochen markiert noch mit einer Begründung für das Auslassen versehen</translation>
    </message>
    <message>
        <source>{month} is {status}, not signed off</source>
        <translation>{month} ist {status}, nicht abgezeichnet</translation>
    </message>
    <message>
        <source>The backup could not be copied ({reason}); the database was not replaced.</source>
        <translation>Die Sicherung konnte nicht kopiert werden ({reason}); die Datenbank wurde nicht ersetzt.</translation>
    </message>
    <message>
        <source>Caselog is not allowed to read {path}.</source>
        <translation>Caselog darf {path} nicht lesen.</translation>
    </message>
    <message>
        <source>Another Caselog is writing to this database; nothing was changed. Try again when it has finished.</source>
        <translation>Ein anderes Caselog schreibt gerade in diese Datenbank; es wurde nichts geändert. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>The folder of {path} is read-only, so Caselog cannot write to the database in it.</source>
        <translation>Der Ordner von {path} ist schreibgeschützt, daher kann Caselog nicht in die Datenbank darin schreiben.</translation>
    </message>
    <message>
        <source>{path} is read-only, so Caselog cannot write to it.</source>
        <translation>{path} ist schreibgeschützt, daher kann Caselog nicht hineinschreiben.</translation>
    </message>
    <message>
        <source>{path} was opened read-only.</source>
        <translation>{path} wurde schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>{path} is damaged ({count} page(s) fail their check); nothing was changed.</source>
        <translation>{path} ist beschädigt ({count} Seite(n) bestehen die Prüfung nicht); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{number} is too large a number for Caselog</source>
        <translation>{number} ist eine zu große Zahl für Caselog</translation>
    </message>
    <message>
        <source>{path} is not a regular file</source>
        <translation>{path} ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>the file is larger than {limit} MB, more than a Caselog export can be</source>
        <translation>die Datei ist größer als {limit} MB, größer als ein Caselog-Export sein kann</translation>
    </message>
    <message>
        <source>The passphrase is empty or only spaces.</source>
        <translation>Die Passphrase ist leer oder besteht nur aus Leerzeichen.</translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>Verwenden Sie mindestens {count} Zeichen.</translation>
    </message>
    <message>
        <source>A passphrase of the form x&apos;…&apos; would be taken as a raw key, without key stretching; choose another.</source>
        <translation>Eine Passphrase der Form x&apos;…&apos; würde als roher Schlüssel ohne Schlüsselstreckung verwendet; wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>entry {id} does not follow the one before it (removed or reordered)</source>
        <translation>Eintrag {id} folgt nicht auf den vorigen (entfernt oder umgestellt)</translation>
    </message>
    <message>
        <source>entry {id} was changed after it was written</source>
        <translation>Eintrag {id} wurde nach dem Schreiben geändert</translation>
    </message>
    <message>
        <source>the record of the trail&apos;s end is missing</source>
        <translation>der Vermerk über das Ende des Protokolls fehlt</translation>
    </message>
    <message>
        <source>entries are missing from the end (expected {expected}, found {found})</source>
        <translation>am Ende fehlen Einträge (erwartet {expected}, gefunden {found})</translation>
    </message>
    <message>
        <source>the trail&apos;s anchor is missing (the trail was removed)</source>
        <translation>der Anker des Protokolls fehlt (das Protokoll wurde entfernt)</translation>
    </message>
    <message>
        <source>the trail&apos;s anchor entry is missing (the trail was removed or cut)</source>
        <translation>der Ankereintrag des Protokolls fehlt (das Protokoll wurde entfernt oder gekürzt)</translation>
    </message>
    <message>
        <source>the trail&apos;s seal cannot be checked: its key does not open with this passphrase</source>
        <translation>das Siegel des Protokolls kann nicht geprüft werden: sein Schlüssel öffnet sich mit dieser Passphrase nicht</translation>
    </message>
    <message>
        <source>the trail&apos;s seal does not match its end: entries were removed and the end rewritten</source>
        <translation>das Siegel des Protokolls passt nicht zu seinem Ende: Einträge wurden entfernt und das Ende umgeschrieben</translation>
    </message>
    <message>
        <source>the record of encounter ids written with entry {id} was changed</source>
        <translation>der mit Eintrag {id} geschriebene Nachweis der Begegnungs-IDs wurde geändert</translation>
    </message>
    <message>
        <source>the record of encounter ids has rows no audit entry vouches for</source>
        <translation>der Nachweis der Begegnungs-IDs enthält Zeilen, für die kein Protokolleintrag bürgt</translation>
    </message>
    <message>
        <source>{count} encounter(s) were removed outside Caselog (e.g. {id})</source>
        <translation>{count} Begegnung(en) wurden außerhalb von Caselog entfernt (z. B. {id})</translation>
    </message>
    <message>
        <source>{count} encounter(s) were added outside Caselog (e.g. {id})</source>
        <translation>{count} Begegnung(en) wurden außerhalb von Caselog hinzugefügt (z. B. {id})</translation>
    </message>
    <message>
        <source>{path} was made by a newer Caselog; update Caselog to open it.</source>
        <translation>{path} wurde von einem neueren Caselog angelegt; aktualisieren Sie Caselog, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the file would be larger than this disk or your limits allow</source>
        <translation>die Datei wäre größer, als dieser Datenträger oder Ihre Grenzen erlauben</translation>
    </message>
    <message>
        <source>the disk or folder is read-only</source>
        <translation>der Datenträger oder Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>der Datenträger meldete einen Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <source>the folder no longer exists</source>
        <translation>der Ordner existiert nicht mehr</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>{path} is the open Caselog database (or one of its files)</source>
        <translation>{path} ist die geöffnete Caselog-Datenbank (oder eine ihrer Dateien)</translation>
    </message>
    <message>
        <source>{path} belongs to the database beside it; choose another name</source>
        <translation>{path} gehört zur Datenbank daneben; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} ist ein Ordner; geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <source>{path} is not a regular file; Caselog writes only regular files</source>
        <translation>{path} ist keine gewöhnliche Datei; Caselog schreibt nur gewöhnliche Dateien</translation>
    </message>
    <message>
        <source>{path} already exists; Caselog will not replace it</source>
        <translation>{path} existiert bereits; Caselog ersetzt sie nicht</translation>
    </message>
    <message>
        <source>{path} exists and is not a {kind} file; Caselog will not replace it</source>
        <translation>{path} existiert und ist keine {kind}-Datei; Caselog ersetzt sie nicht</translation>
    </message>
    <message>
        <source>{path} appeared while Caselog was writing; it was left as it is</source>
        <translation>{path} ist entstanden, während Caselog schrieb; sie wurde so belassen</translation>
    </message>
    <message>
        <source>{path} was not written: {reason}</source>
        <translation>{path} wurde nicht geschrieben: {reason}</translation>
    </message>
</context>
<context>
    <name>MonthEncounterModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>For supervision</source>
        <translation>Für die Supervision</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Bedenken</translation>
    </message>
</context>
<context>
    <name>MonthNotesPanel</name>
    <message>
        <source>The month</source>
        <translation>Der Monat</translation>
    </message>
    <message>
        <source>Overall notes</source>
        <translation>Gesamtnotizen</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Action item owner</source>
        <translation>Zuständig für die Maßnahme</translation>
    </message>
    <message>
        <source>Due YYYY-MM-DD (optional)</source>
        <translation>Fällig JJJJ-MM-TT (optional)</translation>
    </message>
    <message>
        <source>Action item due date</source>
        <translation>Fälligkeitsdatum der Maßnahme</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Notes on the month as a whole; saved as you type.</source>
        <translation>Notizen zum Monat als Ganzem; werden beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>What to do after supervision, by whom and by when. Tick Done when done.</source>
        <translation>Was nach der Supervision zu tun ist, von wem und bis wann. Erledigt abhaken, wenn erledigt.</translation>
    </message>
    <message>
        <source>What is to be done.</source>
        <translation>Was zu tun ist.</translation>
    </message>
    <message>
        <source>Who will do it.</source>
        <translation>Wer es tut.</translation>
    </message>
    <message>
        <source>By when, as YYYY-MM-DD; optional.</source>
        <translation>Bis wann, als JJJJ-MM-TT; optional.</translation>
    </message>
    <message>
        <source>Add the action item typed above.</source>
        <translation>Die oben eingegebene Maßnahme hinzufügen.</translation>
    </message>
    <message>
        <source>Remove the chosen action item.</source>
        <translation>Die gewählte Maßnahme entfernen.</translation>
    </message>
    <message>
        <source>Due date: {0}</source>
        <translation>Fälligkeitsdatum: {0}</translation>
    </message>
    <message>
        <source>Open action items of earlier months</source>
        <translation>Offene Aufgaben früherer Monate</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>No open action items from earlier months.</source>
        <translation>Keine offenen Aufgaben aus früheren Monaten.</translation>
    </message>
    <message>
        <source>{text} ({owner}; agreed in {month}, open {days} days{due})</source>
        <translation>{text} ({owner}; vereinbart im {month}, seit {days} Tagen offen{due})</translation>
    </message>
    <message>
        <source>, due {0}</source>
        <translation>, fällig {0}</translation>
    </message>
</context>
<context>
    <name>MonthReviewPanel</name>
    <message>
        <source>Overall notes</source>
        <translation>Gesamtnotizen</translation>
    </message>
    <message>
        <source>Overall notes on the month (required when asking for revision)</source>
        <translation>Gesamtnotizen zum Monat (nötig, wenn Sie um Überarbeitung bitten)</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Action item owner</source>
        <translation>Zuständig für die Maßnahme</translation>
    </message>
    <message>
        <source>Due YYYY-MM-DD (optional)</source>
        <translation>Fällig JJJJ-MM-TT (optional)</translation>
    </message>
    <message>
        <source>Action item due date</source>
        <translation>Fälligkeitsdatum der Maßnahme</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Datum des Termins</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>Datum nicht erfasst</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Meeting duration</source>
        <translation>Dauer des Termins</translation>
    </message>
    <message>
        <source>Format…</source>
        <translation>Format…</translation>
    </message>
    <message>
        <source>Meeting format</source>
        <translation>Format des Termins</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Einzelsupervision</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppensupervision</translation>
    </message>
    <message>
        <source>Individual or group supervision</source>
        <translation>Einzel- oder Gruppensupervision</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Abzeichnen</translation>
    </message>
    <message>
        <source>Needs revision</source>
        <translation>Überarbeitung nötig</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Signed by: name</source>
        <translation>Unterzeichnet von: Name</translation>
    </message>
    <message>
        <source>Signed by: credential</source>
        <translation>Unterzeichnet von: Qualifikation</translation>
    </message>
    <message>
        <source>Signed by: licence number and jurisdiction</source>
        <translation>Unterzeichnet von: Zulassungsnummer und Zuständigkeit</translation>
    </message>
    <message>
        <source>Notes and action items</source>
        <translation>Notizen und Maßnahmen</translation>
    </message>
    <message>
        <source>Meeting and outcome</source>
        <translation>Termin und Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Termin:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>&amp;Unterzeichnet von:</translation>
    </message>
    <message>
        <source>Action item: is required</source>
        <translation>Maßnahme: ist erforderlich</translation>
    </message>
    <message>
        <source>Due: {value} is not a date (YYYY-MM-DD)</source>
        <translation>Fällig: {value} ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
</context>
<context>
    <name>OverlapDialog</name>
    <message>
        <source>Standing overlap</source>
        <translation>Dauerhafte Überschneidung</translation>
    </message>
    <message>
        <source>Kind of overlap</source>
        <translation>Art der Überschneidung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>e.g. same choir as the client&apos;s sister</source>
        <translation>z. B. im selben Chor wie die Schwester der Klientin</translation>
    </message>
    <message>
        <source>Plan agreed</source>
        <translation>Vereinbarter Plan</translation>
    </message>
    <message>
        <source>e.g. sit apart; no talk of therapy</source>
        <translation>z. B. getrennt sitzen; kein Wort über die Therapie</translation>
    </message>
    <message>
        <source>&amp;Review on</source>
        <translation>Ü&amp;berprüfen am</translation>
    </message>
    <message>
        <source>Has a review date</source>
        <translation>Hat ein Überprüfungsdatum</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Überprüfungsdatum</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Plan agreed</source>
        <translation>Vereinbarter &amp;Plan</translation>
    </message>
</context>
<context>
    <name>PacketEncounters</name>
    <message>
        <source>Priority</source>
        <translation>Vorrang</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Besprochen</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>vorrangig</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>PacketFlows</name>
    <message>
        <source>Send to supervisor</source>
        <translation>An die Supervision senden</translation>
    </message>
    <message>
        <source>Add your supervisor&apos;s card first (File → Add a supervisor or supervisee from a card), after comparing fingerprints with them.</source>
        <translation>Fügen Sie zuerst die Karte Ihrer Supervisorin / Ihres Supervisors hinzu (Datei → Supervisor:in oder Supervisand:in von einer Karte hinzufügen), nachdem Sie die Fingerabdrücke verglichen haben.</translation>
    </message>
    <message>
        <source>Save the packet</source>
        <translation>Paket speichern</translation>
    </message>
    <message>
        <source>Preparing the packet…</source>
        <translation>Paket wird vorbereitet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The packet could not be written there; nothing was sent.</source>
        <translation>Das Paket konnte dort nicht geschrieben werden; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The packet of {month} ({count} encounters, pseudonymised) is saved for {name}; only they can open it. Send them the file. {month} is now ready for supervision.</source>
        <translation>Das Paket für {month} ({count} Begegnungen, pseudonymisiert) ist für {name} gespeichert; nur diese Person kann es öffnen. Schicken Sie ihr die Datei. {month} ist jetzt bereit für die Supervision.</translation>
    </message>
    <message>
        <source>The packet could not be made ({0}); nothing was sent.</source>
        <translation>Das Paket konnte nicht erstellt werden ({0}); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Import review</source>
        <translation>Durchsicht importieren</translation>
    </message>
    <message>
        <source>Import your supervisor&apos;s review</source>
        <translation>Durchsicht Ihrer Supervision importieren</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Add the supervisor&apos;s comments, notes, action items and meeting without the sign-off?</source>
        <translation>Kommentare, Notizen, Maßnahmen und Termin der Supervision ohne die Abzeichnung übernehmen?</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{month} is signed off by {name}; the signature is verified and the month is locked.</source>
        <translation>{month} ist von {name} abgezeichnet; die Signatur ist geprüft und der Monat gesperrt.</translation>
    </message>
    <message>
        <source>{name} asks for revision of {month}; the month is open again.</source>
        <translation>{name} bittet um Überarbeitung von {month}; der Monat ist wieder offen.</translation>
    </message>
    <message>
        <source>{name}&apos;s comments, notes, action items and meeting for {month} were added, without the sign-off.</source>
        <translation>Kommentare, Notizen, Maßnahmen und Termin von {name} für {month} wurden übernommen, ohne die Abzeichnung.</translation>
    </message>
</context>
<context>
    <name>PacketReviewWindow</name>
    <message>
        <source>Packet review — Caselog</source>
        <translation>Paketdurchsicht — Caselog</translation>
    </message>
    <message>
        <source>{month} from {name}, sent {sent}. Signature verified (fingerprint {fingerprint}). Pseudonymised: client codes stand in for people. The encounters cannot be edited here.</source>
        <translation>{month} von {name}, gesendet am {sent}. Signatur geprüft (Fingerabdruck {fingerprint}). Pseudonymisiert: Klient:innen-Codes stehen für Personen. Die Begegnungen können hier nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>The month&apos;s encounters</source>
        <translation>Die Begegnungen des Monats</translation>
    </message>
    <message>
        <source>Priority encounters first; choose one to read and comment.</source>
        <translation>Vorrangige Begegnungen zuerst; wählen Sie eine zum Lesen und Kommentieren.</translation>
    </message>
    <message>
        <source>Your comment on this encounter</source>
        <translation>Ihr Kommentar zu dieser Begegnung</translation>
    </message>
    <message>
        <source>Your comment on this encounter (for a priority encounter not discussed: the reason)</source>
        <translation>Ihr Kommentar zu dieser Begegnung (bei einer nicht besprochenen vorrangigen Begegnung: der Grund)</translation>
    </message>
    <message>
        <source>&amp;Discussed</source>
        <translation>&amp;Besprochen</translation>
    </message>
    <message>
        <source>The month: figures, drift signals, carried-forward items</source>
        <translation>Der Monat: Zahlen, Driftsignale, übernommene Maßnahmen</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Durchsicht</translation>
    </message>
    <message>
        <source>The mon&amp;th</source>
        <translation>Der &amp;Monat</translation>
    </message>
    <message>
        <source>Priority encounters discussed</source>
        <translation>Besprochene vorrangige Begegnungen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Antworten…</translation>
    </message>
    <message>
        <source>Sign, seal and save your reply (Alt+R or Ctrl+Return)</source>
        <translation>Antwort signieren, versiegeln und speichern (Alt+A oder Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Sign and seal your review for the supervisee, and save it as a file to send them.</source>
        <translation>Ihre Durchsicht für die Supervisandin / den Supervisanden signieren und versiegeln und als Datei zum Verschicken speichern.</translation>
    </message>
    <message>
        <source>You replied to this packet on {date}; the review is as it was sent.</source>
        <translation>Sie haben auf dieses Paket am {date} geantwortet; die Durchsicht ist so, wie sie gesendet wurde.</translation>
    </message>
    <message>
        <source>{month}, open {days} days</source>
        <translation>{month}, seit {days} Tagen offen</translation>
    </message>
    <message>
        <source>Discussed {done} of {total} priority encounters</source>
        <translation>{done} von {total} vorrangigen Begegnungen besprochen</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Datum des Termins</translation>
    </message>
    <message>
        <source>Meeting duration</source>
        <translation>Dauer des Termins</translation>
    </message>
    <message>
        <source>Meeting format</source>
        <translation>Format des Termins</translation>
    </message>
    <message>
        <source>Overall notes</source>
        <translation>Gesamtnotizen</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterzeichnet von</translation>
    </message>
    <message>
        <source>Signed by: name</source>
        <translation>Unterzeichnet von: Name</translation>
    </message>
    <message>
        <source>Signed by: credential</source>
        <translation>Unterzeichnet von: Qualifikation</translation>
    </message>
    <message>
        <source>Signed by: licence</source>
        <translation>Unterzeichnet von: Zulassung</translation>
    </message>
    <message>
        <source>To sign off, mark every priority encounter discussed, or write in its comment why it was left out: {count} have neither.</source>
        <translation>Zum Abzeichnen markieren Sie jede vorrangige Begegnung als besprochen oder schreiben in ihren Kommentar, warum sie ausgelassen wurde: {count} haben keines von beiden.</translation>
    </message>
    <message>
        <source>Save your reply</source>
        <translation>Ihre Antwort speichern</translation>
    </message>
    <message>
        <source>The reply could not be written there; nothing was sent or recorded.</source>
        <translation>Die Antwort konnte dort nicht geschrieben werden; es wurde nichts gesendet oder festgehalten.</translation>
    </message>
    <message>
        <source>Reply saved. Send the file to {name}; only they can open it.</source>
        <translation>Antwort gespeichert. Schicken Sie die Datei an {name}; nur diese Person kann sie öffnen.</translation>
    </message>
</context>
<context>
    <name>PdfExportFlow</name>
    <message>
        <source>Identified PDF</source>
        <translation>Identifiziertes PDF</translation>
    </message>
    <message>
        <source>This PDF will contain client names and locations. Keep it as you keep clinical records, and do not send it by ordinary email. Export it identified?</source>
        <translation>Dieses PDF wird Namen von Klient:innen und Orte enthalten. Bewahren Sie es auf wie klinische Akten und verschicken Sie es nicht per gewöhnlicher E-Mail. Identifiziert exportieren?</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Writing page {0} of {1}…</source>
        <translation>Seite {0} von {1} wird geschrieben…</translation>
    </message>
    <message>
        <source>PDF written</source>
        <translation>PDF geschrieben</translation>
    </message>
    <message>
        <source>The PDF ({0} pages) is written. Open it now?</source>
        <translation>Das PDF ({0} Seiten) ist geschrieben. Jetzt öffnen?</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>PDF nicht geschrieben</translation>
    </message>
    <message>
        <source>The PDF could not be written ({0}).</source>
        <translation>Das PDF konnte nicht geschrieben werden ({0}).</translation>
    </message>
</context>
<context>
    <name>PdfOptionsDialog</name>
    <message>
        <source>Export {0} as PDF</source>
        <translation>{0} als PDF exportieren</translation>
    </message>
    <message>
        <source>&amp;Identified: adds client names and locations</source>
        <translation>&amp;Identifiziert: mit Namen von Klient:innen und Orten</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>&amp;Pseudonymised: codes stand in for people (recommended)</source>
        <translation>&amp;Pseudonymisiert: Codes stehen für Personen (empfohlen)</translation>
    </message>
    <message>
        <source>Every encounter in &amp;full (else the priority ones, the rest in a line)</source>
        <translation>Jede Begegnung &amp;vollständig (sonst die vorrangigen, die übrigen in einer Zeile)</translation>
    </message>
    <message>
        <source>Reflections to include</source>
        <translation>Aufzunehmende Reflexionen</translation>
    </message>
    <message>
        <source>Private reflections leave only where you tick them (Space ticks the chosen one).</source>
        <translation>Private Reflexionen gehen nur dort mit, wo Sie sie abhaken (die Leertaste hakt die gewählte ab).</translation>
    </message>
    <message>
        <source>No encounter of this month has a private reflection.</source>
        <translation>Keine Begegnung dieses Monats hat eine private Reflexion.</translation>
    </message>
    <message>
        <source>&amp;Reflections</source>
        <translation>&amp;Reflexionen</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>P&amp;apier</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your credential</source>
        <translation>Ihre Qualifikation</translation>
    </message>
    <message>
        <source>Default supervisor</source>
        <translation>Standard-Supervisor:in</translation>
    </message>
    <message>
        <source>You (printed on the supervision PDF)</source>
        <translation>Sie (erscheint auf dem Supervisions-PDF)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Credential</source>
        <translation>&amp;Qualifikation</translation>
    </message>
    <message>
        <source>Default &amp;supervisor</source>
        <translation>Standard-&amp;Supervisor:in</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Sperren nach Minuten ohne Eingabe</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Sperren, wenn das Fenster minimiert wird</translation>
    </message>
    <message>
        <source>Lock when the screen locks</source>
        <translation>Sperren, wenn der Bildschirm gesperrt wird</translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation>Aufbewahrte automatische Sicherungen</translation>
    </message>
    <message>
        <source>Locking and backups</source>
        <translation>Sperren und Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Sperren nach</translation>
    </message>
    <message>
        <source>Automatic &amp;backups kept</source>
        <translation>Aufbewahrte automatische &amp;Sicherungen</translation>
    </message>
    <message>
        <source>Follow the locale</source>
        <translation>Der Region folgen</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Standard-Exportordner</translation>
    </message>
    <message>
        <source>Your home folder</source>
        <translation>Ihr persönlicher Ordner</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Takes effect the next time Caselog starts.</source>
        <translation>Wirkt beim nächsten Start von Caselog.</translation>
    </message>
    <message>
        <source>Exports and looks</source>
        <translation>Exporte und Aussehen</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>Export &amp;folder</source>
        <translation>Export&amp;ordner</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Spr&amp;ache</translation>
    </message>
    <message>
        <source>Preferences pages</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>the file must hold a JSON object, not {kind}</source>
        <translation>die Datei muss ein JSON-Objekt enthalten, nicht {kind}</translation>
    </message>
    <message>
        <source>is not a key of a Caselog file</source>
        <translation>ist kein Schlüssel einer Caselog-Datei</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>{value} is not {expected}</source>
        <translation>{value} ist nicht {expected}</translation>
    </message>
    <message>
        <source>{value} is not a version this Caselog reads (1)</source>
        <translation>{value} ist keine Version, die dieses Caselog liest (1)</translation>
    </message>
    <message>
        <source>must be true or false, not {value}</source>
        <translation>muss true oder false sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be a list, not {kind}</source>
        <translation>muss eine Liste sein, nicht {kind}</translation>
    </message>
    <message>
        <source>repeats the id of encounters[{other}]</source>
        <translation>wiederholt die ID von encounters[{other}]</translation>
    </message>
    <message>
        <source>{code} is listed twice</source>
        <translation>{code} ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>must be text of at most {limit} characters, or null</source>
        <translation>muss Text mit höchstens {limit} Zeichen oder null sein</translation>
    </message>
    <message>
        <source>{slug} is listed twice</source>
        <translation>{slug} ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>must be an object, not {kind}</source>
        <translation>muss ein Objekt sein, nicht {kind}</translation>
    </message>
    <message>
        <source>is not a field here</source>
        <translation>ist hier kein Feld</translation>
    </message>
    <message>
        <source>{month} has two reviews</source>
        <translation>{month} hat zwei Durchsichten</translation>
    </message>
    <message>
        <source>must be text, not {kind}</source>
        <translation>muss Text sein, nicht {kind}</translation>
    </message>
    <message>
        <source>is not a field of a comment</source>
        <translation>ist kein Feld eines Kommentars</translation>
    </message>
    <message>
        <source>{id} is not an encounter in this file or database</source>
        <translation>{id} ist keine Begegnung in dieser Datei oder Datenbank</translation>
    </message>
    <message>
        <source>has two comments in one review</source>
        <translation>hat zwei Kommentare in einer Durchsicht</translation>
    </message>
    <message>
        <source>must be text of at most 20,000 characters</source>
        <translation>muss Text mit höchstens 20.000 Zeichen sein</translation>
    </message>
    <message>
        <source>is not a field of an action item</source>
        <translation>ist kein Feld einer Maßnahme</translation>
    </message>
    <message>
        <source>must be non-empty text of at most 20,000 characters</source>
        <translation>muss nicht leerer Text mit höchstens 20.000 Zeichen sein</translation>
    </message>
    <message>
        <source>must be text of at most 200 characters</source>
        <translation>muss Text mit höchstens 200 Zeichen sein</translation>
    </message>
    <message>
        <source>must be an object of field: [old, new], not {kind}</source>
        <translation>muss ein Objekt aus Feld: [alt, neu] sein, nicht {kind}</translation>
    </message>
    <message>
        <source>is not a field of an encounter</source>
        <translation>ist kein Feld einer Begegnung</translation>
    </message>
    <message>
        <source>must be [old value, new value]</source>
        <translation>muss [alter Wert, neuer Wert] sein</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>wahr/falsch</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} ist keiner von {choices}</translation>
    </message>
    <message>
        <source>is {length:,} characters long; the limit is {limit:,}</source>
        <translation>ist {length:,} Zeichen lang; die Grenze liegt bei {limit:,}</translation>
    </message>
    <message>
        <source>contains a character that is not valid Unicode text</source>
        <translation>enthält ein Zeichen, das kein gültiger Unicode-Text ist</translation>
    </message>
    <message>
        <source>{value} is not a date in the form YYYY-MM-DD</source>
        <translation>{value} ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>{value} is not a real date</source>
        <translation>{value} ist kein wirkliches Datum</translation>
    </message>
    <message>
        <source>{value} is not a time in the form HH:MM</source>
        <translation>{value} ist keine Uhrzeit der Form HH:MM</translation>
    </message>
    <message>
        <source>{value} is not a real time of day</source>
        <translation>{value} ist keine wirkliche Uhrzeit</translation>
    </message>
    <message>
        <source>{value} is not a timestamp in the form YYYY-MM-DDTHH:MM:SS</source>
        <translation>{value} ist kein Zeitstempel der Form JJJJ-MM-TTTHH:MM:SS</translation>
    </message>
    <message>
        <source>{value} is not a real date and time</source>
        <translation>{value} ist kein wirkliches Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>{value} is not a month in the form YYYY-MM</source>
        <translation>{value} ist kein Monat der Form JJJJ-MM</translation>
    </message>
    <message>
        <source>{value} is not a real month</source>
        <translation>{value} ist kein wirklicher Monat</translation>
    </message>
    <message>
        <source>{value} is not an id (a UUID as text)</source>
        <translation>{value} ist keine ID (eine UUID als Text)</translation>
    </message>
    <message>
        <source>{value} is not an id (a UUID)</source>
        <translation>{value} ist keine ID (eine UUID)</translation>
    </message>
    <message>
        <source>must be a whole number of minutes, not {value}</source>
        <translation>muss eine ganze Zahl von Minuten sein, nicht {value}</translation>
    </message>
    <message>
        <source>{value} is outside 0–{limit} minutes</source>
        <translation>{value} liegt außerhalb von 0–{limit} Minuten</translation>
    </message>
    <message>
        <source>{date} is in the future</source>
        <translation>{date} liegt in der Zukunft</translation>
    </message>
    <message>
        <source>must be a client code (text), not {kind}</source>
        <translation>muss ein Kürzel (Text) sein, nicht {kind}</translation>
    </message>
    <message>
        <source>{code} is not a known client</source>
        <translation>{code} ist keine bekannte Person</translation>
    </message>
    <message>
        <source>choose where an in-person encounter happened</source>
        <translation>wählen Sie, wo die persönliche Begegnung stattfand</translation>
    </message>
    <message>
        <source>applies to in-person contact only; use not_applicable for {channel}</source>
        <translation>gilt nur für persönliche Begegnungen; verwenden Sie not_applicable für {channel}</translation>
    </message>
    <message>
        <source>choose at least one category</source>
        <translation>wählen Sie mindestens eine Kategorie</translation>
    </message>
    <message>
        <source>must be a list of category slugs, not {kind}</source>
        <translation>muss eine Liste von Kategorie-Bezeichnern sein, nicht {kind}</translation>
    </message>
    <message>
        <source>must be a category slug (text), not {kind}</source>
        <translation>muss ein Kategorie-Bezeichner (Text) sein, nicht {kind}</translation>
    </message>
    <message>
        <source>{slug} is not a known category</source>
        <translation>{slug} ist keine bekannte Kategorie</translation>
    </message>
    <message>
        <source>must be an object with action and done, not {kind}</source>
        <translation>muss ein Objekt mit action und done sein, nicht {kind}</translation>
    </message>
    <message>
        <source>is not a field of a follow-up</source>
        <translation>ist kein Feld eines Folgeschritts</translation>
    </message>
    <message>
        <source>{action} is listed twice</source>
        <translation>{action} ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} ist keiner der Werte {allowed}</translation>
    </message>
    <message>
        <source>must be text of at most {limit} characters</source>
        <translation>muss Text mit höchstens {limit} Zeichen sein</translation>
    </message>
    <message>
        <source>{value} is not a value of this field</source>
        <translation>{value} ist kein Wert dieses Felds</translation>
    </message>
    <message>
        <source>{value} is outside the years Caselog keeps ({first}–{last})</source>
        <translation>{value} liegt außerhalb der Jahre, die Caselog führt ({first}–{last})</translation>
    </message>
    <message>
        <source>{value} is in the future</source>
        <translation>{value} liegt in der Zukunft</translation>
    </message>
</context>
<context>
    <name>ReviewEncounters</name>
    <message>
        <source>The month&apos;s encounters</source>
        <translation>Die Begegnungen des Monats</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comment on this encounter</source>
        <translation>Kommentar der Supervisorin / des Supervisors zu dieser Begegnung</translation>
    </message>
    <message>
        <source>&amp;Discussed</source>
        <translation>&amp;Besprochen</translation>
    </message>
    <message>
        <source>Show my private &amp;reflection on this encounter</source>
        <translation>Meine private &amp;Reflexion zu dieser Begegnung zeigen</translation>
    </message>
    <message>
        <source>Show my reflection on this encounter</source>
        <translation>Meine Reflexion zu dieser Begegnung zeigen</translation>
    </message>
    <message>
        <source>Show your private reflection on the chosen encounter here; off for each encounter until you tick it.</source>
        <translation>Ihre private Reflexion zur gewählten Begegnung hier zeigen; für jede Begegnung aus, bis Sie sie abhaken.</translation>
    </message>
    <message>
        <source>The chosen encounter, pseudonymised. It cannot be edited here.</source>
        <translation>Die gewählte Begegnung, pseudonymisiert. Hier lässt sie sich nicht bearbeiten.</translation>
    </message>
    <message>
        <source>The supervisor&apos;s comment on the chosen encounter; saved as you type.</source>
        <translation>Der Kommentar der Supervisorin / des Supervisors zur gewählten Begegnung; wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>Tick once the chosen encounter has been discussed in supervision.</source>
        <translation>Abhaken, sobald die gewählte Begegnung in der Supervision besprochen wurde.</translation>
    </message>
    <message>
        <source>The month&apos;s encounters in priority order: violations, concerns, flagged or risky, then the rest by date. Choose one to read and comment on it.</source>
        <translation>Die Begegnungen des Monats nach Vorrang: Grenzverletzungen, Bedenken, markierte oder riskante, dann die übrigen nach Datum. Wählen Sie eine, um sie zu lesen und zu kommentieren.</translation>
    </message>
    <message>
        <source>Reason for leaving it out</source>
        <translation>Grund für das Auslassen</translation>
    </message>
    <message>
        <source>Not discussed? Say why (sign-off needs it for a priority encounter)</source>
        <translation>Nicht besprochen? Grund angeben (für vorrangige Begegnungen nötig zum Abzeichnen)</translation>
    </message>
    <message>
        <source>Why the chosen encounter was left out of the discussion; sign-off needs every priority encounter discussed or given a reason.</source>
        <translation>Warum die gewählte Begegnung nicht besprochen wurde; zum Abzeichnen muss jede vorrangige Begegnung besprochen oder begründet ausgelassen sein.</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review mode — Caselog</source>
        <translation>Durchsichtsmodus — Caselog</translation>
    </message>
    <message>
        <source>Review mode banner</source>
        <translation>Hinweis zum Durchsichtsmodus</translation>
    </message>
    <message>
        <source>◀ Previous month</source>
        <translation>◀ Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month ▶</source>
        <translation>Nächster Monat ▶</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Stand der Durchsicht</translation>
    </message>
    <message>
        <source>Mark &amp;ready for supervision</source>
        <translation>Als &amp;bereit für die Supervision markieren</translation>
    </message>
    <message>
        <source>Needs re&amp;vision…</source>
        <translation>Über&amp;arbeitung nötig…</translation>
    </message>
    <message>
        <source>&amp;Sign off…</source>
        <translation>&amp;Abzeichnen…</translation>
    </message>
    <message>
        <source>&amp;Countersign…</source>
        <translation>&amp;Gegenzeichnen…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export this month as PDF (Ctrl+P)</source>
        <translation>Diesen Monat als PDF exportieren (Strg+P)</translation>
    </message>
    <message>
        <source>Meeting duration</source>
        <translation>Dauer des Termins</translation>
    </message>
    <message>
        <source>Drift signals and addenda</source>
        <translation>Driftsignale und Nachträge</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comment on this encounter</source>
        <translation>Kommentar der Supervisorin / des Supervisors zu dieser Begegnung</translation>
    </message>
    <message>
        <source>Overall notes</source>
        <translation>Gesamtnotizen</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Action item owner</source>
        <translation>Zuständig für die Maßnahme</translation>
    </message>
    <message>
        <source>Action item due date</source>
        <translation>Fälligkeitsdatum der Maßnahme</translation>
    </message>
    <message>
        <source>Review the month before (Alt+Left).</source>
        <translation>Den Monat davor durchsehen (Alt+Links).</translation>
    </message>
    <message>
        <source>Review the month after (Alt+Right).</source>
        <translation>Den Monat danach durchsehen (Alt+Rechts).</translation>
    </message>
    <message>
        <source>Tell your supervisor the month is ready to go through.</source>
        <translation>Ihrer Supervisorin / Ihrem Supervisor mitteilen, dass der Monat zur Durchsicht bereit ist.</translation>
    </message>
    <message>
        <source>Send the month back to the therapist with what to revise.</source>
        <translation>Den Monat mit dem, was zu überarbeiten ist, an die Therapeutin / den Therapeuten zurückgeben.</translation>
    </message>
    <message>
        <source>Sign the month off as supervisor; later changes become addenda.</source>
        <translation>Den Monat als Supervisor:in abzeichnen; spätere Änderungen werden zu Nachträgen.</translation>
    </message>
    <message>
        <source>Countersign the supervisor&apos;s sign-off as the therapist.</source>
        <translation>Die Abzeichnung der Supervisorin / des Supervisors als Therapeut:in gegenzeichnen.</translation>
    </message>
    <message>
        <source>Write this month&apos;s review as a PDF (Ctrl+P).</source>
        <translation>Die Durchsicht dieses Monats als PDF schreiben (Strg+P).</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Stand: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Needs revision: {0}</source>
        <translation>Überarbeitung nötig: {0}</translation>
    </message>
    <message>
        <source>Signed off by {0} ({1}) on {2}.</source>
        <translation>Abgezeichnet von {0} ({1}) am {2}.</translation>
    </message>
    <message>
        <source>Countersigned by {0} on {1}.</source>
        <translation>Gegengezeichnet von {0} am {1}.</translation>
    </message>
    <message>
        <source>The month is locked: later changes are kept as addenda.</source>
        <translation>Der Monat ist gesperrt: spätere Änderungen werden als Nachträge aufbewahrt.</translation>
    </message>
    <message>
        <source>No drift signals or addenda this month.</source>
        <translation>Keine Driftsignale oder Nachträge in diesem Monat.</translation>
    </message>
    <message>
        <source>Supervisor&apos;s name</source>
        <translation>Name der Supervisorin / des Supervisors</translation>
    </message>
    <message>
        <source>Supervisor&apos;s credential</source>
        <translation>Qualifikation der Supervisorin / des Supervisors</translation>
    </message>
    <message>
        <source>Date of sign-off</source>
        <translation>Datum der Abzeichnung</translation>
    </message>
    <message>
        <source>Your name, as the therapist</source>
        <translation>Ihr Name als Therapeut:in</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Durchsicht</translation>
    </message>
    <message>
        <source>Needs revision</source>
        <translation>Überarbeitung nötig</translation>
    </message>
    <message>
        <source>What needs revising?</source>
        <translation>Was muss überarbeitet werden?</translation>
    </message>
    <message>
        <source>Countersign</source>
        <translation>Gegenzeichnen</translation>
    </message>
    <message>
        <source>Your name, as the therapist:</source>
        <translation>Ihr Name als Therapeut:in:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review mode is on.&lt;/b&gt; Pseudonymised: codes stand in for people (it is not anonymous); no names or locations, names in the notes replaced, and no private reflection unless you show it, encounter by encounter. Encounters cannot be edited here.</source>
        <translation>&lt;b&gt;Der Besprechungsmodus ist an.&lt;/b&gt; Pseudonymisiert: Codes stehen für Personen (das ist nicht anonym); keine Namen oder Orte, Namen in den Notizen ersetzt, und keine private Reflexion, außer Sie zeigen sie, Begegnung für Begegnung. Begegnungen lassen sich hier nicht bearbeiten.</translation>
    </message>
    <message>
        <source>Send to s&amp;upervisor…</source>
        <translation>An die S&amp;upervision senden…</translation>
    </message>
    <message>
        <source>&amp;Import review…</source>
        <translation>Durchsicht &amp;importieren…</translation>
    </message>
    <message>
        <source>Sign and seal this month, pseudonymised, as a file only your supervisor can open.</source>
        <translation>Diesen Monat pseudonymisiert signieren und versiegeln, als Datei, die nur Ihre Supervisorin / Ihr Supervisor öffnen kann.</translation>
    </message>
    <message>
        <source>Merge the signed review your supervisor sent back for this month.</source>
        <translation>Die signierte Durchsicht übernehmen, die Ihre Supervisorin / Ihr Supervisor für diesen Monat zurückgeschickt hat.</translation>
    </message>
    <message>
        <source>Supervisor&apos;s p&amp;acket</source>
        <translation>Supervisions&amp;paket</translation>
    </message>
    <message>
        <source>Send this month to your supervisor as a sealed file, or import their review.</source>
        <translation>Diesen Monat als versiegelte Datei an Ihre Supervision senden oder deren Durchsicht importieren.</translation>
    </message>
    <message>
        <source>Reopened on {0} (signed off by {1} on {2}): {3}</source>
        <translation>Wieder geöffnet am {0} (abgezeichnet von {1} am {2}): {3}</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>Wieder &amp;öffnen …</translation>
    </message>
    <message>
        <source>Reopen the signed-off month, saying why; the reopening stays on the record.</source>
        <translation>Den abgezeichneten Monat mit Begründung wieder öffnen; das Wiederöffnen bleibt dokumentiert.</translation>
    </message>
    <message>
        <source>Licence {0}, {1}.</source>
        <translation>Zulassung {0}, {1}.</translation>
    </message>
    <message>
        <source>Supervisor&apos;s licence number</source>
        <translation>Zulassungsnummer der Supervisorin/des Supervisors</translation>
    </message>
    <message>
        <source>Jurisdiction of the licence</source>
        <translation>Zuständigkeitsbereich der Zulassung</translation>
    </message>
    <message>
        <source>Priority encounters</source>
        <translation>Vorrangige Begegnungen</translation>
    </message>
    <message>
        <source>Reason for leaving it out</source>
        <translation>Grund für das Auslassen</translation>
    </message>
    <message>
        <source>Why reopen?</source>
        <translation>Warum wieder öffnen?</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Why reopen this signed-off month? The reason stays on the record.</source>
        <translation>Warum diesen abgezeichneten Monat wieder öffnen? Die Begründung bleibt dokumentiert.</translation>
    </message>
</context>
<context>
    <name>SecurityActions</name>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Aus einer Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Prüfprotokoll…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>Caselog&apos;s check found damage in its database. Restore the latest good automatic backup? The damaged file is kept aside.</source>
        <translation>Die Prüfung von Caselog hat Schäden in der Datenbank gefunden. Die letzte gute automatische Sicherung wiederherstellen? Die beschädigte Datei wird aufbewahrt.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Your passphrase:</source>
        <translation>Ihre Passphrase:</translation>
    </message>
    <message>
        <source>No automatic backup opens and passes its checks. Restore one by hand.</source>
        <translation>Keine automatische Sicherung lässt sich öffnen und besteht ihre Prüfungen. Stellen Sie eine von Hand wieder her.</translation>
    </message>
    <message>
        <source>No good backup</source>
        <translation>Keine gute Sicherung</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Restored from the backup.</source>
        <translation>Aus der Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Backup (*.db)</source>
        <translation>Sicherung (*.db)</translation>
    </message>
    <message>
        <source>Making an encrypted backup…</source>
        <translation>Verschlüsselte Sicherung wird erstellt…</translation>
    </message>
    <message>
        <source>Backup written: it opens with the current passphrase.</source>
        <translation>Sicherung geschrieben: Sie öffnet sich mit der aktuellen Passphrase.</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>Keine Sicherung erstellt</translation>
    </message>
    <message>
        <source>The backup was not made ({0}).</source>
        <translation>Die Sicherung wurde nicht erstellt ({0}).</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <source>The passphrase the backup was made with:</source>
        <translation>Die Passphrase, mit der die Sicherung erstellt wurde:</translation>
    </message>
    <message>
        <source>Restore from a backup?</source>
        <translation>Aus einer Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>The backup will replace what Caselog holds now. The current database is kept aside, next to it, in case you need it. Continue?</source>
        <translation>Die Sicherung ersetzt, was Caselog jetzt enthält. Die aktuelle Datenbank wird daneben aufbewahrt, falls Sie sie brauchen. Fortfahren?</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Passphrase geändert.</translation>
    </message>
</context>
<context>
    <name>SendPacketDialog</name>
    <message>
        <source>Send {0} to your supervisor</source>
        <translation>{0} an Ihre Supervision senden</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor:in</translation>
    </message>
    <message>
        <source>The month leaves pseudonymised, as in its PDF: client codes stand in for people; no names, no locations. It is signed by you and sealed so that only the supervisor chosen here can open it. Send the file by any way you like; {month} becomes ready for supervision.</source>
        <translation>Der Monat geht pseudonymisiert hinaus, wie in seinem PDF: Klient:innen-Codes stehen für Personen; keine Namen, keine Orte. Er wird von Ihnen signiert und so versiegelt, dass nur die hier gewählte Supervision ihn öffnen kann. Schicken Sie die Datei auf beliebigem Weg; {month} wird bereit für die Supervision.</translation>
    </message>
    <message>
        <source>Every encounter in &amp;full (else the priority ones, the rest in a line)</source>
        <translation>Jede Begegnung &amp;vollständig (sonst die vorrangigen, die übrigen in einer Zeile)</translation>
    </message>
    <message>
        <source>Reflections to send</source>
        <translation>Zu sendende Reflexionen</translation>
    </message>
    <message>
        <source>Private reflections leave only where you tick them (Space ticks the chosen one).</source>
        <translation>Private Reflexionen gehen nur dort mit, wo Sie sie abhaken (die Leertaste hakt die gewählte ab).</translation>
    </message>
    <message>
        <source>No encounter of this month has a private reflection.</source>
        <translation>Keine Begegnung dieses Monats hat eine private Reflexion.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>&amp;Supervisor:in</translation>
    </message>
    <message>
        <source>&amp;Reflections</source>
        <translation>&amp;Reflexionen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>In a form: next and previous field</source>
        <translation>In einem Formular: nächstes und vorheriges Feld</translation>
    </message>
    <message>
        <source>In a form: save</source>
        <translation>In einem Formular: speichern</translation>
    </message>
    <message>
        <source>In a form: close (asks before discarding)</source>
        <translation>In einem Formular: schließen (fragt vor dem Verwerfen)</translation>
    </message>
    <message>
        <source>Summary and review: previous and next month</source>
        <translation>Übersicht und Durchsicht: vorheriger und nächster Monat</translation>
    </message>
    <message>
        <source>Summary and review: export PDF</source>
        <translation>Übersicht und Durchsicht: PDF exportieren</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Sign off {0}</source>
        <translation>{0} abzeichnen</translation>
    </message>
    <message>
        <source>Supervisor&apos;s name</source>
        <translation>Name der Supervisorin / des Supervisors</translation>
    </message>
    <message>
        <source>Supervisor&apos;s credential</source>
        <translation>Qualifikation der Supervisorin / des Supervisors</translation>
    </message>
    <message>
        <source>Date of sign-off</source>
        <translation>Datum der Abzeichnung</translation>
    </message>
    <message>
        <source>Signing off locks the month: later changes to its encounters are kept as addenda.</source>
        <translation>Das Abzeichnen sperrt den Monat: spätere Änderungen an seinen Begegnungen werden als Nachträge aufbewahrt.</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Abzeichnen</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor:in</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Qualifikation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>e.g. Licensed psychologist</source>
        <translation>z. B. Psychologische Psychotherapeutin</translation>
    </message>
    <message>
        <source>Supervisor&apos;s licence number</source>
        <translation>Zulassungsnummer der Supervisorin/des Supervisors</translation>
    </message>
    <message>
        <source>Jurisdiction of the licence</source>
        <translation>Zuständigkeitsbereich der Zulassung</translation>
    </message>
    <message>
        <source>e.g. the state or country that issued it</source>
        <translation>z. B. das Land oder Bundesland, das sie erteilt hat</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Zulassungsnummer</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Zuständigkeitsbereich</translation>
    </message>
</context>
<context>
    <name>Signals</name>
    <message>
        <source>Acknowledgements without consent recurring</source>
        <translation>Begrüßungen ohne Einverständnis wiederholen sich</translation>
    </message>
    <message>
        <source>{count} in the {days} days to {date} (threshold {threshold}).</source>
        <translation>{count} in den {days} Tagen bis {date} (Schwelle {threshold}).</translation>
    </message>
    <message>
        <source>High-risk encounters in consecutive months</source>
        <translation>Begegnungen mit hohem Risiko in aufeinanderfolgenden Monaten</translation>
    </message>
    <message>
        <source>{before} in {previous}, {now} in {month}.</source>
        <translation>{before} im {previous}, {now} im {month}.</translation>
    </message>
    <message>
        <source>Follow-ups left open</source>
        <translation>Offen gebliebene Folgeschritte</translation>
    </message>
    <message>
        <source>{count} encounter(s) with a follow-up still open more than {days} days later (as of {date}).</source>
        <translation>{count} Begegnung(en) mit einem Folgeschritt, der mehr als {days} Tage danach noch offen ist (Stand {date}).</translation>
    </message>
    <message>
        <source>Therapist&apos;s own crossings with {client}</source>
        <translation>Eigene Grenzüberschreitungen der Therapeut:in mit {client}</translation>
    </message>
    <message>
        <source>{count} crossings the therapist initiated, planned or could have avoided, within {days} days.</source>
        <translation>{count} Grenzüberschreitungen, die die Therapeut:in herbeigeführt, geplant oder vermeidbar zugelassen hat, innerhalb von {days} Tagen.</translation>
    </message>
    <message>
        <source>Contacts with {client} rising</source>
        <translation>Kontakte mit {client} nehmen zu</translation>
    </message>
    <message>
        <source>Contacts by month: {counts}</source>
        <translation>Kontakte je Monat: {counts}</translation>
    </message>
    <message>
        <source>A concern recurring with {client}</source>
        <translation>Ein Bedenken wiederholt sich bei {client}</translation>
    </message>
    <message>
        <source>{count} encounters with the concern “{concern}” within {days} days.</source>
        <translation>{count} Begegnungen mit dem Bedenken „{concern}“ innerhalb von {days} Tagen.</translation>
    </message>
    <message>
        <source>A standing overlap with {client} is due for review</source>
        <translation>Eine dauerhafte Überschneidung mit {client} ist zur Überprüfung fällig</translation>
    </message>
    <message>
        <source>Review date passed: {overlaps}.</source>
        <translation>Überprüfungsdatum verstrichen: {overlaps}.</translation>
    </message>
</context>
<context>
    <name>StandingRecordEditor</name>
    <message>
        <source>{kind}: {description} (review {date})</source>
        <translation>{kind}: {description} (überprüfen am {date})</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Therapy ended on</source>
        <translation>Therapie beendet am</translation>
    </message>
    <message>
        <source>Acknowledgement agreement on file</source>
        <translation>Vereinbarung zum Grüßen liegt vor</translation>
    </message>
    <message>
        <source>Acknowledgement agreed on</source>
        <translation>Grüßen vereinbart am</translation>
    </message>
    <message>
        <source>Terms of the acknowledgement agreement</source>
        <translation>Inhalt der Vereinbarung zum Grüßen</translation>
    </message>
    <message>
        <source>e.g. a nod only; the client leads</source>
        <translation>z. B. nur ein Nicken; die Klientin entscheidet</translation>
    </message>
    <message>
        <source>Contact agreement</source>
        <translation>Kontaktvereinbarung</translation>
    </message>
    <message>
        <source>Which channels, for what: e.g. texts for scheduling only</source>
        <translation>Welche Wege, wofür: z. B. Nachrichten nur für Terminabsprachen</translation>
    </message>
    <message>
        <source>Standing overlaps</source>
        <translation>Dauerhafte Überschneidungen</translation>
    </message>
    <message>
        <source>Add o&amp;verlap…</source>
        <translation>Über&amp;schneidung hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Add overlap</source>
        <translation>Überschneidung hinzufügen</translation>
    </message>
    <message>
        <source>Edit overlap</source>
        <translation>Überschneidung bearbeiten</translation>
    </message>
    <message>
        <source>Remove overlap</source>
        <translation>Überschneidung entfernen</translation>
    </message>
    <message>
        <source>Keep-out words</source>
        <translation>Sperrwörter</translation>
    </message>
    <message>
        <source>One a line: relatives&apos; and friends&apos; names, workplaces, schools, places</source>
        <translation>Eines pro Zeile: Namen von Angehörigen und Freunden, Arbeitsstellen, Schulen, Orte</translation>
    </message>
    <message>
        <source>Problems with the standing record</source>
        <translation>Fehler in den Stammdaten</translation>
    </message>
    <message>
        <source>&amp;Save record</source>
        <translation>Stammdaten &amp;speichern</translation>
    </message>
    <message>
        <source>Save the standing record</source>
        <translation>Die Stammdaten speichern</translation>
    </message>
    <message>
        <source>&amp;ended on</source>
        <translation>&amp;beendet am</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Contact agreement</source>
        <translation>&amp;Kontaktvereinbarung</translation>
    </message>
    <message>
        <source>Standing &amp;overlaps</source>
        <translation>Dauerhafte Über&amp;schneidungen</translation>
    </message>
    <message>
        <source>Standing record of {code}</source>
        <translation>Stammdaten von {code}</translation>
    </message>
    <message>
        <source>An &amp;acknowledgement agreement is on file</source>
        <translation>Eine &amp;Vereinbarung zum Grüßen liegt vor</translation>
    </message>
    <message>
        <source>A&amp;greed on</source>
        <translation>&amp;Vereinbart am</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>&amp;Keep-out words</source>
        <translation>S&amp;perrwörter</translation>
    </message>
    <message>
        <source>Keep-out words never appear in pseudonymised output.</source>
        <translation>Sperrwörter erscheinen nie in pseudonymisierten Ausgaben.</translation>
    </message>
</context>
<context>
    <name>Suggestion</name>
    <message>
        <source>met in person in a public place or at a community event</source>
        <translation>persönliche Begegnung an einem öffentlichen Ort oder bei einer Veranstaltung</translation>
    </message>
    <message>
        <source>acknowledged without prior consent</source>
        <translation>ohne vorheriges Einverständnis gegrüßt</translation>
    </message>
    <message>
        <source>you initiated the contact</source>
        <translation>der Kontakt ging von Ihnen aus</translation>
    </message>
    <message>
        <source>the contact was planned</source>
        <translation>der Kontakt war geplant</translation>
    </message>
    <message>
        <source>contact by message, phone or social media</source>
        <translation>Kontakt per Nachricht, Telefon oder sozialen Medien</translation>
    </message>
    <message>
        <source>met at a workplace or a private gathering</source>
        <translation>Begegnung am Arbeitsplatz oder bei einer privaten Zusammenkunft</translation>
    </message>
    <message>
        <source>romantic or sexual feelings or contact: “{quote}”</source>
        <translation>romantische oder sexuelle Gefühle oder Kontakte: „{quote}“</translation>
    </message>
    <message>
        <source>a gift is mentioned: “{quote}”</source>
        <translation>ein Geschenk wird erwähnt: „{quote}“</translation>
    </message>
    <message>
        <source>money or business between you: “{quote}”</source>
        <translation>Geld oder Geschäftliches zwischen Ihnen: „{quote}“</translation>
    </message>
    <message>
        <source>someone&apos;s safety is at risk: “{quote}”</source>
        <translation>jemandes Sicherheit ist gefährdet: „{quote}“</translation>
    </message>
    <message>
        <source>you looked the client up online: “{quote}”</source>
        <translation>Sie haben die Klientin / den Klienten online gesucht: „{quote}“</translation>
    </message>
    <message>
        <source>a connection on social media: “{quote}”</source>
        <translation>eine Verbindung in sozialen Medien: „{quote}“</translation>
    </message>
    <message>
        <source>physical contact: “{quote}”</source>
        <translation>Körperkontakt: „{quote}“</translation>
    </message>
    <message>
        <source>you told the client something personal: “{quote}”</source>
        <translation>Sie haben etwas Persönliches von sich erzählt: „{quote}“</translation>
    </message>
    <message>
        <source>a concern you confirmed: {concern}</source>
        <translation>ein von Ihnen bestätigtes Bedenken: {concern}</translation>
    </message>
    <message>
        <source>a second role is named: “{quote}”</source>
        <translation>eine zweite Rolle wird genannt: „{quote}“</translation>
    </message>
    <message>
        <source>an invitation to a social relationship: “{quote}”</source>
        <translation>eine Einladung zu einer privaten Beziehung: „{quote}“</translation>
    </message>
    <message>
        <source>the relationship or its content could become known: “{quote}”</source>
        <translation>die Beziehung oder ihre Inhalte könnten bekannt werden: „{quote}“</translation>
    </message>
    <message>
        <source>support outside sessions: “{quote}”</source>
        <translation>Unterstützung außerhalb der Sitzungen: „{quote}“</translation>
    </message>
    <message>
        <source>the frame was stretched: “{quote}”</source>
        <translation>der Rahmen wurde gedehnt: „{quote}“</translation>
    </message>
    <message>
        <source>a message or call between you: “{quote}”</source>
        <translation>eine Nachricht oder ein Anruf zwischen Ihnen: „{quote}“</translation>
    </message>
    <message>
        <source>your reflection names a pull worth supervision: “{quote}”</source>
        <translation>Ihre Reflexion benennt einen Sog, der in die Supervision gehört: „{quote}“</translation>
    </message>
    <message>
        <source>something could sway your clinical judgment: “{quote}”</source>
        <translation>etwas könnte Ihr klinisches Urteil beeinflussen: „{quote}“</translation>
    </message>
    <message>
        <source>you met in person and one of you acknowledged the other</source>
        <translation>persönliche Begegnung, bei der eine:r die/den andere:n gegrüßt hat</translation>
    </message>
    <message>
        <source>others were present</source>
        <translation>andere waren anwesend</translation>
    </message>
    <message>
        <source>therapy material came up in front of others</source>
        <translation>Therapieinhalte kamen vor anderen zur Sprache</translation>
    </message>
    <message>
        <source>therapy material came up outside the session</source>
        <translation>Therapieinhalte kamen außerhalb der Sitzung zur Sprache</translation>
    </message>
    <message>
        <source>someone else made the contact</source>
        <translation>jemand anderes hat den Kontakt hergestellt</translation>
    </message>
    <message>
        <source>a client at risk reached out</source>
        <translation>eine gefährdete Klientin / ein gefährdeter Klient hat sich gemeldet</translation>
    </message>
    <message>
        <source>your own feelings meet a second role or a concern: “{quote}”</source>
        <translation>Ihre eigenen Gefühle treffen auf eine zweite Rolle oder ein Bedenken: „{quote}“</translation>
    </message>
    <message>
        <source>a gift of more than token value: “{quote}”</source>
        <translation>ein Geschenk von mehr als symbolischem Wert: „{quote}“</translation>
    </message>
    <message>
        <source>a social media connection was made: “{quote}”</source>
        <translation>eine Verbindung in sozialen Medien besteht jetzt: „{quote}“</translation>
    </message>
    <message>
        <source>an ongoing second role: “{quote}”</source>
        <translation>eine fortbestehende zweite Rolle: „{quote}“</translation>
    </message>
    <message>
        <source>no contact took place, yet an acknowledgement is recorded</source>
        <translation>es gab keinen Kontakt, trotzdem ist eine Begrüßung erfasst</translation>
    </message>
    <message>
        <source>a message or call cannot be acknowledged in person</source>
        <translation>bei einer Nachricht oder einem Anruf gibt es keine persönliche Begrüßung</translation>
    </message>
    <message>
        <source>a violation should be flagged for supervision</source>
        <translation>eine Grenzverletzung gehört markiert für die Supervision</translation>
    </message>
    <message>
        <source>a violation calls for a consultation: whom, when, the advice</source>
        <translation>eine Grenzverletzung verlangt eine Konsultation: wen, wann, welcher Rat</translation>
    </message>
    <message>
        <source>a deliberate contact asks for your rationale</source>
        <translation>ein bewusster Kontakt braucht Ihre Begründung</translation>
    </message>
    <message>
        <source>a deliberate contact asks for the anticipated benefit</source>
        <translation>ein bewusster Kontakt braucht den erwarteten Nutzen</translation>
    </message>
    <message>
        <source>a deliberate contact asks for the anticipated consequences</source>
        <translation>ein bewusster Kontakt braucht die erwarteten Folgen</translation>
    </message>
    <message>
        <source>a concern of high risk is rated low: {reason}</source>
        <translation>ein Bedenken mit hohem Risiko ist als niedrig eingestuft: {reason}</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Suggested: &lt;b&gt;{0}&lt;/b&gt; — {1}</source>
        <translation>Vorgeschlagen: &lt;b&gt;{0}&lt;/b&gt; — {1}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Accept suggestion {0}</source>
        <translation>Vorschlag {0} übernehmen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Dismiss suggestion {0}</source>
        <translation>Vorschlag {0} verwerfen</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Concern: &lt;b&gt;{0}&lt;/b&gt; — {1}</source>
        <translation>Bedenken: &lt;b&gt;{0}&lt;/b&gt; — {1}</translation>
    </message>
    <message>
        <source>Suggested follow-up: &lt;b&gt;{0}&lt;/b&gt; — {1}</source>
        <translation>Vorgeschlagene Folgemaßnahme: &lt;b&gt;{0}&lt;/b&gt; — {1}</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>&lt;b&gt;Drift signals&lt;/b&gt;</source>
        <translation>&lt;b&gt;Driftsignale&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Addenda (changes after sign-off)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nachträge (Änderungen nach dem Abzeichnen)&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SummaryWindow</name>
    <message>
        <source>Monthly summary — Caselog</source>
        <translation>Monatsübersicht — Caselog</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export this month as PDF (Ctrl+P)</source>
        <translation>Diesen Monat als PDF exportieren (Strg+P)</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Eckdaten</translation>
    </message>
    <message>
        <source>Drift signals</source>
        <translation>Driftsignale</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Who initiated</source>
        <translation>Wer ging aus</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Twelve months</source>
        <translation>Zwölf Monate</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Begegnungen</translation>
    </message>
    <message>
        <source>Acknowledged without consent</source>
        <translation>Ohne Einverständnis begrüßt</translation>
    </message>
    <message>
        <source>Show the month before (Alt+Left).</source>
        <translation>Den Monat davor zeigen (Alt+Links).</translation>
    </message>
    <message>
        <source>Show the month after (Alt+Right).</source>
        <translation>Den Monat danach zeigen (Alt+Rechts).</translation>
    </message>
    <message>
        <source>Write this month&apos;s summary as a PDF for supervision (Ctrl+P).</source>
        <translation>Die Übersicht dieses Monats als PDF für die Supervision schreiben (Strg+P).</translation>
    </message>
    <message>
        <source>Encounters in “{0}” (click the bar again for all)</source>
        <translation>Begegnungen in „{0}“ (den Balken erneut anklicken für alle)</translation>
    </message>
    <message>
        <source>{0} on last month, {1} on the six-month average</source>
        <translation>{0} gegenüber dem Vormonat, {1} gegenüber dem Sechsmonatsschnitt</translation>
    </message>
    <message>
        <source>Without consent</source>
        <translation>Ohne Einverständnis</translation>
    </message>
    <message>
        <source>For supervision</source>
        <translation>Für die Supervision</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Konsultationen</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Offene Folgeschritte</translation>
    </message>
    <message>
        <source>not yet done</source>
        <translation>noch nicht erledigt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Drift signals:&lt;/b&gt; none this month.</source>
        <translation>&lt;b&gt;Driftsignale:&lt;/b&gt; keine in diesem Monat.</translation>
    </message>
    <message>
        <source>The month&apos;s encounters, in priority order</source>
        <translation>Die Begegnungen des Monats, nach Vorrang</translation>
    </message>
    <message>
        <source>Violations first, then encounters with a concern, then those flagged, risky or of moderate or high risk, then the rest by date. Click a bar of the categories chart to list only that category.</source>
        <translation>Zuerst Grenzverletzungen, dann Begegnungen mit Bedenken, dann markierte, riskante oder solche mit mittlerem oder hohem Risiko, dann die übrigen nach Datum. Klicken Sie auf einen Balken im Kategoriendiagramm, um nur diese Kategorie anzuzeigen.</translation>
    </message>
    <message>
        <source>Encounters in priority order</source>
        <translation>Begegnungen nach Vorrang</translation>
    </message>
    <message>
        <source>{text} ({owner}; agreed in {month}, open {days} days{due})</source>
        <translation>{text} ({owner}; vereinbart im {month}, seit {days} Tagen offen{due})</translation>
    </message>
    <message>
        <source>, due {0}</source>
        <translation>, fällig {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Action items carried forward&lt;/b&gt;</source>
        <translation>&lt;b&gt;Übertragene Aufgaben&lt;/b&gt;</translation>
    </message>
    <message>
        <source>With a concern</source>
        <translation>Mit Bedenken</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Professional boundaries</source>
        <translation>Professionelle Grenzen</translation>
    </message>
    <message>
        <source>Holding the frame: therapy material stays in the therapy room. Covers departures in role, time, place, money, gifts, self-disclosure or touch.</source>
        <translation>Den Rahmen halten: Therapieinhalte bleiben im Therapieraum. Umfasst Abweichungen bei Rolle, Zeit, Ort, Geld, Geschenken, Selbstoffenbarung oder Berührung.</translation>
    </message>
    <message>
        <source>Dual or multiple relationship</source>
        <translation>Doppel- oder Mehrfachbeziehung</translation>
    </message>
    <message>
        <source>A second role with the client or someone close to them (social, business, community, online), whether now, later or promised. A chance meeting is not by itself a dual relationship.</source>
        <translation>Eine zweite Rolle gegenüber der Klientin / dem Klienten oder einer nahestehenden Person (sozial, geschäftlich, im Umfeld, online), jetzt, später oder in Aussicht gestellt. Eine zufällige Begegnung ist für sich noch keine Doppelbeziehung.</translation>
    </message>
    <message>
        <source>Public encounter and acknowledgement</source>
        <translation>Öffentliche Begegnung und Begrüßung</translation>
    </message>
    <message>
        <source>Meeting in public: who acknowledged whom, and whether the client had agreed in advance to being acknowledged. The client leads.</source>
        <translation>Begegnung in der Öffentlichkeit: wer wen begrüßt hat und ob die Klientin / der Klient vorher zugestimmt hatte, begrüßt zu werden. Die Klientin / der Klient gibt den Ton an.</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>Others present, overheard, or asked &quot;how do you know each other?&quot;: any risk that the therapeutic relationship or its content becomes known.</source>
        <translation>Andere anwesend, mitgehört oder gefragt „Woher kennt ihr euch?“: jedes Risiko, dass die therapeutische Beziehung oder ihr Inhalt bekannt wird.</translation>
    </message>
    <message>
        <source>Between-session contact</source>
        <translation>Kontakt zwischen den Sitzungen</translation>
    </message>
    <message>
        <source>Calls, messages, emails, friend requests or follows outside the agreed arrangements for contact.</source>
        <translation>Anrufe, Nachrichten, E-Mails, Freundschaftsanfragen oder Folgen außerhalb der vereinbarten Kontaktwege.</translation>
    </message>
    <message>
        <source>Support outside sessions</source>
        <translation>Unterstützung außerhalb der Sitzungen</translation>
    </message>
    <message>
        <source>Encouragement or support given outside sessions (the &quot;cheerleader&quot; role): a client in crisis reaching out, attending a client&apos;s milestone.</source>
        <translation>Ermutigung oder Unterstützung außerhalb der Sitzungen (die Rolle der „Anfeuernden“): eine Klientin / ein Klient in der Krise meldet sich, Sie besuchen ein Ereignis im Leben der Klientin / des Klienten.</translation>
    </message>
    <message>
        <source>Personal reflection</source>
        <translation>Persönliche Reflexion</translation>
    </message>
    <message>
        <source>Your own thoughts, feelings and pulls about the client outside sessions: is this for me or for the client?</source>
        <translation>Ihre eigenen Gedanken, Gefühle und Impulse zur Klientin / zum Klienten außerhalb der Sitzungen: Ist das für mich oder für die Klientin / den Klienten?</translation>
    </message>
    <message>
        <source>Influence on clinical judgment</source>
        <translation>Einfluss auf das klinische Urteil</translation>
    </message>
    <message>
        <source>Outside contact or feelings that could sway clinical judgment or actions.</source>
        <translation>Kontakt außerhalb der Sitzungen oder Gefühle, die das klinische Urteil oder Handeln beeinflussen könnten.</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>&amp;Import Caselog JSON…</source>
        <translation>Caselog-JSON &amp;importieren…</translation>
    </message>
    <message>
        <source>Export as Caselog &amp;JSON…</source>
        <translation>Als Caselog-&amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Export encounters as &amp;CSV…</source>
        <translation>Begegnungen als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Caselog JSON (*.json)</source>
        <translation>Caselog-JSON (*.json)</translation>
    </message>
    <message>
        <source>Importing… (all or nothing)</source>
        <translation>Import läuft… (alles oder nichts)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Nothing was imported. The file has these problems:
{0}</source>
        <translation>Nichts wurde importiert. Die Datei hat diese Probleme:
{0}</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>The import failed ({0}).</source>
        <translation>Der Import ist fehlgeschlagen ({0}).</translation>
    </message>
    <message>
        <source>Include names and locations?</source>
        <translation>Namen und Orte aufnehmen?</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>Exported {0} encounter(s).</source>
        <translation>{0} Begegnung(en) exportiert.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>The export failed ({0}).</source>
        <translation>Der Export ist fehlgeschlagen ({0}).</translation>
    </message>
    <message>
        <source>Exports are pseudonymised unless you choose otherwise: client codes stand in for people; no names, no locations, no private reflections, and names written in the notes replaced. Include client names and locations in this file?</source>
        <translation>Exporte sind pseudonymisiert, wenn Sie nichts anderes wählen: Codes stehen für Personen; keine Namen, keine Orte, keine privaten Reflexionen, und in den Notizen geschriebene Namen ersetzt. Namen der Klient:innen und Orte in diese Datei aufnehmen?</translation>
    </message>
    <message>
        <source>Looking for possible identifiers…</source>
        <translation>Mögliche Identifikatoren werden gesucht…</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Twelve months</source>
        <translation>Zwölf Monate</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Begegnungen</translation>
    </message>
    <message>
        <source>Acknowledged without consent</source>
        <translation>Ohne Einverständnis begrüßt</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Caselog</source>
        <translation>Caselog</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Erneut eingeben</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>&lt;b&gt;Write it down somewhere safe.&lt;/b&gt; The passphrase encrypts your notes and cannot be recovered: without it, nobody (including you) can read them.</source>
        <translation>&lt;b&gt;Schreiben Sie sie an einem sicheren Ort auf.&lt;/b&gt; Die Passphrase verschlüsselt Ihre Notizen und lässt sich nicht wiederherstellen: Ohne sie kann niemand (auch Sie nicht) sie lesen.</translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation>Problem beim Entsperren</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Create your passphrase&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Legen Sie Ihre Passphrase fest&lt;/h2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Caselog keeps your notes in an encrypted file on this computer. Choose a passphrase of at least %n characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Caselog bewahrt Ihre Notizen in einer verschlüsselten Datei auf diesem Computer auf. Wählen Sie eine Passphrase mit mindestens %n Zeichen; einige unzusammenhängende Wörter sind leicht zu merken und schwer zu erraten.</numerusform>
            <numerusform>Caselog bewahrt Ihre Notizen in einer verschlüsselten Datei auf diesem Computer auf. Wählen Sie eine Passphrase mit mindestens %n Zeichen; einige unzusammenhängende Wörter sind leicht zu merken und schwer zu erraten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Unlock Caselog&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Caselog entsperren&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your notes.</source>
        <translation>Geben Sie Ihre Passphrase ein, um Ihre Notizen zu öffnen.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Strength: {0}</source>
        <translation>Stärke: {0}</translation>
    </message>
    <message>
        <source>Use at least {0} characters.</source>
        <translation>Mindestens {0} Zeichen verwenden.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Geben Sie Ihre Passphrase ein.</translation>
    </message>
    <message>
        <source>That passphrase does not open this database. Try again.</source>
        <translation>Diese Passphrase öffnet diese Datenbank nicht. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>Caselog&apos;s database is damaged and cannot be read safely. Restore the latest good backup (made {0})? The damaged file is kept aside.</source>
        <translation>Die Datenbank von Caselog ist beschädigt und lässt sich nicht sicher lesen. Die letzte gute Sicherung (vom {0}) wiederherstellen? Die beschädigte Datei wird aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <source>Worth a second look</source>
        <translation>Einen zweiten Blick wert</translation>
    </message>
    <message>
        <source>Worth a second look (saving is not blocked):</source>
        <translation>Einen zweiten Blick wert (Speichern bleibt möglich):</translation>
    </message>
</context>
</TS>
