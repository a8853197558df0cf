<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Demo platform</source>
        <translation>Demo-Plattform</translation>
    </message>
</context>
<context>
    <name>wk</name>
    <message>
        <source>The migration %1 should be numbered %2 (files are NNN_description.sql, numbered from 001 without gaps). This is a bug in this build of Watchkeeper.</source>
        <translation>Die Migration %1 müsste die Nummer %2 tragen (Dateien heißen NNN_beschreibung.sql und sind ab 001 lückenlos nummeriert). Das ist ein Fehler in diesem Build von Watchkeeper.</translation>
    </message>
</context>
<context>
    <name>wk::AboutDialog</name>
    <message>
        <source>About Watchkeeper</source>
        <translation>Über Watchkeeper</translation>
    </message>
    <message>
        <source>The desk of the supervisors of an AI-run shop: review flagged media, settle order exceptions and keep suppliers honest, online or offline.</source>
        <translation>Der Arbeitsplatz der Aufsicht eines KI-geführten Shops: markierte Medien prüfen, Auftragsausnahmen klären und Lieferanten im Blick behalten – online wie offline.</translation>
    </message>
    <message>
        <source>Watchkeeper is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Watchkeeper ist freie Software: Sie können sie unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later), weitergeben und/oder verändern. Sie wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation>Version %1 (Qt %2)</translation>
    </message>
</context>
<context>
    <name>wk::ApiError</name>
    <message>
        <source>The platform cannot be reached; your decisions are kept and sent when the connection returns.</source>
        <translation>Die Plattform ist nicht erreichbar; Ihre Entscheidungen bleiben gespeichert und werden gesendet, sobald die Verbindung zurück ist.</translation>
    </message>
    <message>
        <source>The platform did not answer in time; the console will try again by itself.</source>
        <translation>Die Plattform hat nicht rechtzeitig geantwortet; die Konsole versucht es selbst erneut.</translation>
    </message>
    <message>
        <source>The connection to the platform is not encrypted: use an https address, or allow unencrypted connections explicitly in the settings if this network is trusted.</source>
        <translation>Die Verbindung zur Plattform ist nicht verschlüsselt: Verwenden Sie eine https-Adresse oder erlauben Sie unverschlüsselte Verbindungen ausdrücklich in den Einstellungen, wenn Sie diesem Netz vertrauen.</translation>
    </message>
    <message>
        <source>The platform refused the access token: ask for a new token and enter it in the settings.</source>
        <translation>Die Plattform hat das Zugangstoken abgelehnt: Fordern Sie ein neues Token an und tragen Sie es in den Einstellungen ein.</translation>
    </message>
    <message numerus="yes">
        <source>The platform asks the console to slow down; it will try again in %n second(s).</source>
        <translation>
            <numerusform>Die Plattform bittet die Konsole, langsamer zu werden; sie versucht es in %n Sekunde erneut.</numerusform>
            <numerusform>Die Plattform bittet die Konsole, langsamer zu werden; sie versucht es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform is temporarily unavailable; the console will try again by itself.</source>
        <translation>Die Plattform ist vorübergehend nicht verfügbar; die Konsole versucht es selbst erneut.</translation>
    </message>
    <message>
        <source>The local copy is too far behind the platform and is downloaded again; pending decisions are kept.</source>
        <translation>Die lokale Kopie liegt zu weit hinter der Plattform zurück und wird neu geladen; ausstehende Entscheidungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The platform no longer knows this console; it registers again and resends pending decisions.</source>
        <translation>Die Plattform kennt diese Konsole nicht mehr; sie meldet sich neu an und sendet ausstehende Entscheidungen erneut.</translation>
    </message>
    <message>
        <source>The platform refused a command whose id was already used for another command; report this to support with the journal.</source>
        <translation>Die Plattform hat einen Befehl abgelehnt, dessen ID bereits für einen anderen Befehl verwendet wurde; melden Sie dies mit dem Journal dem Support.</translation>
    </message>
    <message>
        <source>The platform refused a request from this console (HTTP %1); report this to support with the journal.</source>
        <translation>Die Plattform hat eine Anfrage dieser Konsole abgelehnt (HTTP %1); melden Sie dies mit dem Journal dem Support.</translation>
    </message>
    <message>
        <source>The platform had an internal error (HTTP %1); the console will try again by itself.</source>
        <translation>Die Plattform hatte einen internen Fehler (HTTP %1); die Konsole versucht es selbst erneut.</translation>
    </message>
    <message>
        <source>The platform sent an answer the console cannot read; nothing of it was applied and the console will try again.</source>
        <translation>Die Plattform hat eine Antwort gesendet, die die Konsole nicht lesen kann; nichts davon wurde übernommen, und die Konsole versucht es erneut.</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>(Details: %1)</translation>
    </message>
</context>
<context>
    <name>wk::CommandQueue</name>
    <message>
        <source>The decision could not be saved, so nothing was queued: %1</source>
        <translation>Die Entscheidung konnte nicht gespeichert werden, daher wurde nichts eingereiht: %1</translation>
    </message>
    <message>
        <source>The command %1 is no longer in the outbox.</source>
        <translation>Der Befehl %1 ist nicht mehr im Postausgang.</translation>
    </message>
    <message>
        <source>The command could not be sent again: %1</source>
        <translation>Der Befehl konnte nicht erneut gesendet werden: %1</translation>
    </message>
    <message>
        <source>The command could not be dismissed: %1</source>
        <translation>Der Befehl konnte nicht verworfen werden: %1</translation>
    </message>
    <message>
        <source>The reveal could not be written to the journal: %1</source>
        <translation>Die Offenlegung konnte nicht ins Journal geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>wk::ConnectionSettings</name>
    <message>
        <source>Enter the address of the platform, for example https://platform.example.com.</source>
        <translation>Geben Sie die Adresse der Plattform ein, zum Beispiel https://platform.example.com.</translation>
    </message>
    <message>
        <source>This is not a valid address: %1</source>
        <translation>Dies ist keine gültige Adresse: %1</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// for a platform on this computer).</source>
        <translation>Die Adresse muss mit https:// beginnen (oder mit http:// für eine Plattform auf diesem Computer).</translation>
    </message>
    <message>
        <source>The address has no host name. Write it as https://platform.example.com.</source>
        <translation>Der Adresse fehlt der Hostname. Schreiben Sie sie als https://platform.example.com.</translation>
    </message>
    <message>
        <source>http:// sends your token unencrypted to %1. Use https://, or tick &quot;Allow an unencrypted connection&quot; if you trust every network in between.</source>
        <translation>http:// sendet Ihr Token unverschlüsselt an %1. Verwenden Sie https:// oder setzen Sie das Häkchen bei „Unverschlüsselte Verbindung erlauben“, wenn Sie jedem Netz auf dem Weg vertrauen.</translation>
    </message>
</context>
<context>
    <name>wk::Database</name>
    <message>
        <source>Cannot open the cache file %1: %2. Check that the folder exists and that you may write to it.</source>
        <translation>Die Cache-Datei %1 lässt sich nicht öffnen: %2. Prüfen Sie, ob der Ordner existiert und ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>The cache file %1 is damaged or is not a database (%2). Move it aside and start again: Watchkeeper will build a new cache from the platform.</source>
        <translation>Die Cache-Datei %1 ist beschädigt oder keine Datenbank (%2). Verschieben Sie sie und starten Sie neu: Watchkeeper baut einen neuen Cache von der Plattform auf.</translation>
    </message>
    <message>
        <source>The cache file %1 is locked by another program (%2). Close the other Watchkeeper window and try again.</source>
        <translation>Die Cache-Datei %1 ist von einem anderen Programm gesperrt (%2). Schließen Sie das andere Watchkeeper-Fenster und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot read or write the cache file %1 (%2). Check the free disk space and the file&apos;s permissions.</source>
        <translation>Die Cache-Datei %1 kann nicht gelesen oder geschrieben werden (%2). Prüfen Sie den freien Speicherplatz und die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%1 ist bei %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The file %1 is read-only. Allow your user to write to it (and to its folder), or choose another file.</source>
        <translation>Die Datei %1 ist schreibgeschützt. Erlauben Sie Ihrem Benutzer, in die Datei (und ihren Ordner) zu schreiben, oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The query on %1 was cancelled.</source>
        <translation>Die Abfrage auf %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>wk::Desk</name>
    <message>
        <source>Enter the platform&apos;s address in File → Settings…, or start Watchkeeper with --demo to try it on generated data.</source>
        <translation>Geben Sie die Adresse der Plattform unter Datei → Einstellungen… ein, oder starten Sie Watchkeeper mit --demo, um es mit erzeugten Daten auszuprobieren.</translation>
    </message>
</context>
<context>
    <name>wk::FulfilmentDesk</name>
    <message>
        <source>No order exceptions yet</source>
        <translation>Noch keine Auftragsausnahmen</translation>
    </message>
    <message>
        <source>Orders that need a person — a wrong tracking number, a stalled parcel, a customs hold, a quality complaint — will appear here with their SLA clocks once the console has synced.</source>
        <translation>Aufträge, die einen Menschen brauchen – eine falsche Sendungsnummer, ein steckengebliebenes Paket, eine Zollsperre, eine Qualitätsreklamation –, erscheinen hier mit ihren SLA-Fristen, sobald die Konsole synchronisiert hat.</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Abwicklung</translation>
    </message>
    <message>
        <source>Orders that left the happy path, with their SLA clocks and guarantee costs.</source>
        <translation>Aufträge, die vom normalen Ablauf abgewichen sind, mit SLA-Fristen und Garantiekosten.</translation>
    </message>
</context>
<context>
    <name>wk::Guarantee</name>
    <message>
        <source>These amounts are too large to compute exactly. Check them for a typing error.</source>
        <translation>Diese Beträge sind zu groß, um sie exakt zu berechnen. Prüfen Sie sie auf Tippfehler.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a currency the platform trades in.</source>
        <translation>%1: „%2“ ist keine Währung, in der die Plattform handelt.</translation>
    </message>
    <message>
        <source>%1: an amount cannot be negative (it is %2).</source>
        <translation>%1: Ein Betrag darf nicht negativ sein (er ist %2).</translation>
    </message>
    <message>
        <source>These amounts must be in one currency: %1 in %2, %3 in %4.</source>
        <translation>Diese Beträge müssen in einer Währung sein: %1 in %2, %3 in %4.</translation>
    </message>
    <message>
        <source>%1: must be in CNY, what suppliers and forwarders are paid in, not in %2.</source>
        <translation>%1: muss in CNY angegeben sein – darin werden Lieferanten und Spediteure bezahlt –, nicht in %2.</translation>
    </message>
    <message>
        <source>There is no usable exchange rate from %1 to CNY: a rate must be for %1 and more than zero.</source>
        <translation>Es gibt keinen brauchbaren Wechselkurs von %1 nach CNY: Der Kurs muss für %1 gelten und größer als null sein.</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Waren</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Already refunded</source>
        <translation>Bereits erstattet</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Nothing is left to refund: %1 of %2 has been refunded already.</source>
        <translation>Es bleibt nichts mehr zu erstatten: %1 von %2 wurden bereits erstattet.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>A refund must be more than zero.</source>
        <translation>Eine Erstattung muss größer als null sein.</translation>
    </message>
    <message>
        <source>A refund of %1 is more than the %2 that can still be refunded (the full refund is %3, of which %4 has been refunded already).</source>
        <translation>Eine Erstattung von %1 ist mehr als die %2, die noch erstattet werden können (die volle Erstattung beträgt %3, davon wurden bereits %4 erstattet).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency the platform trades in.</source>
        <translation>„%1“ ist keine Währung, in der die Plattform handelt.</translation>
    </message>
    <message>
        <source>Expected an amount in CNY, not in %1.</source>
        <translation>Erwartet wurde ein Betrag in CNY, nicht in %1.</translation>
    </message>
    <message>
        <source>Supplier cost</source>
        <translation>Lieferantenkosten</translation>
    </message>
    <message>
        <source>Shipping cost</source>
        <translation>Versandkosten</translation>
    </message>
</context>
<context>
    <name>wk::JournalChain</name>
    <message numerus="yes">
        <source>The decision journal verifies: %n entries, unbroken.</source>
        <translation>
            <numerusform>Das Entscheidungsjournal ist intakt: %n Eintrag, lückenlos.</numerusform>
            <numerusform>Das Entscheidungsjournal ist intakt: %n Einträge, lückenlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The decision journal was changed: entry %1 no longer matches its hash. Keep this cache file as evidence and tell your lead.</source>
        <translation>Das Entscheidungsjournal wurde verändert: Eintrag %1 passt nicht mehr zu seinem Hash. Bewahren Sie diese Cache-Datei als Beweis auf und informieren Sie Ihre Leitung.</translation>
    </message>
    <message>
        <source>The decision journal is broken before entry %1: an entry was removed or moved. Keep this cache file as evidence and tell your lead.</source>
        <translation>Das Entscheidungsjournal ist vor Eintrag %1 unterbrochen: Ein Eintrag wurde entfernt oder verschoben. Bewahren Sie diese Cache-Datei als Beweis auf und informieren Sie Ihre Leitung.</translation>
    </message>
    <message>
        <source>The decision journal has an entry without a hash (entry %1), added outside Watchkeeper. Keep this cache file as evidence and tell your lead.</source>
        <translation>Das Entscheidungsjournal enthält einen Eintrag ohne Hash (Eintrag %1), der außerhalb von Watchkeeper hinzugefügt wurde. Bewahren Sie diese Cache-Datei als Beweis auf und informieren Sie Ihre Leitung.</translation>
    </message>
    <message>
        <source>The newest entries of the decision journal are missing: it should reach entry %1. Keep this cache file as evidence and tell your lead.</source>
        <translation>Die neuesten Einträge des Entscheidungsjournals fehlen: Es sollte bis Eintrag %1 reichen. Bewahren Sie diese Cache-Datei als Beweis auf und informieren Sie Ihre Leitung.</translation>
    </message>
</context>
<context>
    <name>wk::JournalDesk</name>
    <message>
        <source>No journal yet</source>
        <translation>Noch kein Journal</translation>
    </message>
    <message>
        <source>Every decision, command outcome, conflict resolution and personal-data reveal is recorded here, chained so that no entry can be changed unnoticed.</source>
        <translation>Jede Entscheidung, jedes Befehlsergebnis, jede Konfliktlösung und jede Offenlegung personenbezogener Daten wird hier verkettet festgehalten, sodass kein Eintrag unbemerkt geändert werden kann.</translation>
    </message>
    <message>
        <source>Journal entries, newest first</source>
        <translation>Journaleinträge, neueste zuerst</translation>
    </message>
    <message>
        <source>Search: item, order, command, reason…</source>
        <translation>Suchen: Artikel, Bestellung, Befehl, Grund…</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Journal durchsuchen</translation>
    </message>
    <message>
        <source>Show only this kind of entry</source>
        <translation>Nur diese Art von Eintrag zeigen</translation>
    </message>
    <message>
        <source>Every kind of entry</source>
        <translation>Alle Arten von Einträgen</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Show only this supervisor&apos;s entries</source>
        <translation>Nur die Einträge dieses Supervisors zeigen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the whole journal as CSV</source>
        <translation>Das ganze Journal als CSV exportieren</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>Export the whole journal as JSON</source>
        <translation>Das ganze Journal als JSON exportieren</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Verify the journal&apos;s hash chain</source>
        <translation>Die Hash-Kette des Journals prüfen</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Every decision and its outcome, who made it and what the AI suggested; tamper-evident.</source>
        <translation>Jede Entscheidung und ihr Ergebnis, wer sie traf und was die KI vorschlug – manipulationssicher.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown (newest first, at most 5,000)</source>
        <translation>
            <numerusform>%n Eintrag angezeigt (neueste zuerst, höchstens 5.000)</numerusform>
            <numerusform>%n Einträge angezeigt (neueste zuerst, höchstens 5.000)</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ The journal could not be checked: %1</source>
        <translation>⚠ Das Journal konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Journal exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>There is no journal to export until the console has a cache.</source>
        <translation>Solange die Konsole keinen Cache hat, gibt es kein Journal zu exportieren.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1: %2</source>
        <translation>Nach %1 exportiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wk::JournalExport</name>
    <message>
        <source>This is not a Watchkeeper journal export in CSV: its first line must be the column names.</source>
        <translation>Dies ist kein Watchkeeper-Journalexport im CSV-Format: Die erste Zeile muss die Spaltennamen enthalten.</translation>
    </message>
    <message>
        <source>Line %1 of the journal export has %2 fields instead of %3.</source>
        <translation>Zeile %1 des Journalexports hat %2 statt %3 Felder.</translation>
    </message>
    <message>
        <source>This is not a Watchkeeper journal export in JSON.</source>
        <translation>Dies ist kein Watchkeeper-Journalexport im JSON-Format.</translation>
    </message>
</context>
<context>
    <name>wk::JournalModel</name>
    <message>
        <source>Decided / queued</source>
        <translation>Entschieden / eingereiht</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Applied (repeat)</source>
        <translation>Angewendet (Wiederholung)</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Konflikt gelöst</translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation>Personenbezogene Daten offengelegt</translation>
    </message>
    <message>
        <source>Cache rebuilt</source>
        <translation>Cache neu aufgebaut</translation>
    </message>
    <message>
        <source>Console registered</source>
        <translation>Konsole registriert</translation>
    </message>
    <message>
        <source>Console forgotten by the platform</source>
        <translation>Konsole von der Plattform vergessen</translation>
    </message>
    <message>
        <source>flagged %1 (confidence %2)</source>
        <translation>markiert: %1 (Konfidenz %2)</translation>
    </message>
    <message>
        <source>proposes %1</source>
        <translation>schlägt %1 vor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Command and target</source>
        <translation>Befehl und Ziel</translation>
    </message>
    <message>
        <source>AI suggestion</source>
        <translation>KI-Vorschlag</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>wk::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Next Desk</source>
        <translation>&amp;Nächster Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Previous Desk</source>
        <translation>&amp;Vorheriger Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Watchkeeper</source>
        <translation>Ü&amp;ber Watchkeeper</translation>
    </message>
    <message>
        <source>Watchkeeper</source>
        <translation>Watchkeeper</translation>
    </message>
    <message>
        <source>Watchkeeper — Demo platform</source>
        <translation>Watchkeeper — Demo-Plattform</translation>
    </message>
    <message>
        <source>Watchkeeper — %1</source>
        <translation>Watchkeeper — %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Choose File → Settings… to enter the platform&apos;s address.</source>
        <translation>Wählen Sie Datei → Einstellungen…, um die Adresse der Plattform einzugeben.</translation>
    </message>
    <message>
        <source>Demo platform</source>
        <translation>Demo-Plattform</translation>
    </message>
    <message>
        <source>A reference platform with generated data runs inside the console. Nothing you do here reaches the real shop.</source>
        <translation>In der Konsole läuft eine Referenzplattform mit erzeugten Daten. Nichts, was Sie hier tun, erreicht den echten Shop.</translation>
    </message>
    <message>
        <source>Platform %1 — not synced yet</source>
        <translation>Plattform %1 — noch nicht synchronisiert</translation>
    </message>
</context>
<context>
    <name>wk::Migrator</name>
    <message>
        <source>%1 is an SQLite database, but not a %2 file. Watchkeeper will not change it: choose another file, or move this one away.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine %2-Datei. Watchkeeper verändert sie nicht: Wählen Sie eine andere Datei oder verschieben Sie diese.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Watchkeeper (schema %2; this version knows up to %3). Update Watchkeeper, or choose another file. The file was not changed.</source>
        <translation>%1 wurde von einem neueren Watchkeeper geschrieben (Schema %2; diese Version kennt bis %3). Aktualisieren Sie Watchkeeper oder wählen Sie eine andere Datei. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation>Die Migration %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Updating %1 to schema %2 failed; the file was left as it was (schema %3). Detail: %4</source>
        <translation>Die Aktualisierung von %1 auf Schema %2 ist fehlgeschlagen; die Datei blieb unverändert (Schema %3). Details: %4</translation>
    </message>
    <message>
        <source>%1 needs an update to schema %2, but it is open read-only. Allow your user to write to it, or choose another file.</source>
        <translation>%1 muss auf Schema %2 aktualisiert werden, ist aber nur zum Lesen geöffnet. Erlauben Sie Ihrem Benutzer, in die Datei zu schreiben, oder wählen Sie eine andere Datei.</translation>
    </message>
</context>
<context>
    <name>wk::NotificationCenter</name>
    <message>
        <source>New urgent exceptions</source>
        <translation>Neue dringende Ausnahmen</translation>
    </message>
    <message>
        <source>SLA about to be breached</source>
        <translation>SLA läuft gleich ab</translation>
    </message>
    <message>
        <source>Decision journal broken</source>
        <translation>Entscheidungsjournal beschädigt</translation>
    </message>
    <message numerus="yes">
        <source>%n new urgent exception(s)</source>
        <translation>
            <numerusform>%n neue dringende Ausnahme</numerusform>
            <numerusform>%n neue dringende Ausnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2. The guarantee will probably pay for it.</source>
        <translation>%1: %2. Die Garantie wird dafür wahrscheinlich zahlen.</translation>
    </message>
    <message>
        <source>The newest: %1 (%2).</source>
        <translation>Die neueste: %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) about to breach the SLA</source>
        <translation>
            <numerusform>%n Eintrag kurz vor SLA-Überschreitung</numerusform>
            <numerusform>%n Einträge kurz vor SLA-Überschreitung</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 review items and %2 exceptions are due within 15 minutes.</source>
        <translation>%1 Prüfeinträge und %2 Ausnahmen sind in 15 Minuten fällig.</translation>
    </message>
</context>
<context>
    <name>wk::NotificationToast</name>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open what the notification is about</source>
        <translation>Öffnen, worum es in der Benachrichtigung geht</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the notification</source>
        <translation>Die Benachrichtigung schließen</translation>
    </message>
</context>
<context>
    <name>wk::OverviewBoard</name>
    <message>
        <source>SLA clocks</source>
        <translation>SLA-Uhren</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Prüfwarteschlange</translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation>Offene Ausnahmen</translation>
    </message>
    <message>
        <source>AI error rates</source>
        <translation>KI-Fehlerraten</translation>
    </message>
    <message>
        <source>Why items were flagged</source>
        <translation>Warum markiert wurde</translation>
    </message>
    <message>
        <source>Guarantee this week</source>
        <translation>Garantie diese Woche</translation>
    </message>
    <message>
        <source>Throughput per supervisor</source>
        <translation>Durchsatz je Supervisor</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Open and claimed review items. Opens the Review desk.</source>
        <translation>Offene und übernommene Prüfeinträge. Öffnet die Prüfung.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opens the Review desk showing %1 only.</source>
        <translation>Öffnet die Prüfung und zeigt nur %1.</translation>
    </message>
    <message>
        <source>Review queue by kind</source>
        <translation>Prüfwarteschlange nach Art</translation>
    </message>
    <message>
        <source>No flags</source>
        <translation>Keine Markierungen</translation>
    </message>
    <message>
        <source>The most common reason in the queue. Opens the Review desk filtered to it.</source>
        <translation>Der häufigste Grund in der Warteschlange. Öffnet die Prüfung danach gefiltert.</translation>
    </message>
    <message>
        <source>Opens the Review desk showing items flagged for: %1.</source>
        <translation>Öffnet die Prüfung mit den Einträgen, die markiert sind wegen: %1.</translation>
    </message>
    <message>
        <source>Review queue by flag reason</source>
        <translation>Prüfwarteschlange nach Markierungsgrund</translation>
    </message>
    <message numerus="yes">
        <source>%n breached</source>
        <translation>
            <numerusform>%n überschritten</numerusform>
            <numerusform>%n überschritten</numerusform>
        </translation>
    </message>
    <message>
        <source>Items past their SLA. Opens the desk with the most of them.</source>
        <translation>Einträge über ihrer SLA. Öffnet den Arbeitsplatz, der die meisten davon hat.</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Überschritten</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message numerus="yes">
        <source>Review: %n breached</source>
        <translation>
            <numerusform>Prüfung: %n überschritten</numerusform>
            <numerusform>Prüfung: %n überschritten</numerusform>
        </translation>
    </message>
    <message>
        <source>Opens the Review desk showing items past their SLA.</source>
        <translation>Öffnet die Prüfung mit den Einträgen über ihrer SLA.</translation>
    </message>
    <message>
        <source>Review: %1 due within %2 min</source>
        <translation>Prüfung: %1 fällig in %2 Min.</translation>
    </message>
    <message>
        <source>Opens the Review desk showing items due within the hour.</source>
        <translation>Öffnet die Prüfung mit den Einträgen, die innerhalb einer Stunde fällig sind.</translation>
    </message>
    <message numerus="yes">
        <source>Exceptions: %n breached</source>
        <translation>
            <numerusform>Ausnahmen: %n überschritten</numerusform>
            <numerusform>Ausnahmen: %n überschritten</numerusform>
        </translation>
    </message>
    <message>
        <source>Opens the Fulfilment desk showing exceptions past their SLA.</source>
        <translation>Öffnet die Abwicklung mit den Ausnahmen über ihrer SLA.</translation>
    </message>
    <message>
        <source>Exceptions: %1 due within %2 min</source>
        <translation>Ausnahmen: %1 fällig in %2 Min.</translation>
    </message>
    <message>
        <source>Opens the Fulfilment desk showing exceptions due within the hour.</source>
        <translation>Öffnet die Abwicklung mit den Ausnahmen, die innerhalb einer Stunde fällig sind.</translation>
    </message>
    <message>
        <source>expected %1–%2</source>
        <translation>erwartet %1–%2</translation>
    </message>
    <message>
        <source>expected under %1</source>
        <translation>erwartet unter %1</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source> — drift</source>
        <translation> – Abweichung</translation>
    </message>
    <message>
        <source>%1 of %2 observed as errors. Opens the desk with these items.</source>
        <translation>%1 von %2 als Fehler beobachtet. Öffnet den Arbeitsplatz mit diesen Einträgen.</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>As expected</source>
        <translation>Wie erwartet</translation>
    </message>
    <message>
        <source>Every kind of work is within its expected error rate.</source>
        <translation>Jede Art von Arbeit liegt innerhalb ihrer erwarteten Fehlerrate.</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Drift: %1</source>
        <translation>Abweichung: %1</translation>
    </message>
    <message>
        <source>The AI&apos;s error rate left its expected band. Opens the desk with these items.</source>
        <translation>Die Fehlerrate der KI hat ihren erwarteten Bereich verlassen. Öffnet den Arbeitsplatz mit diesen Einträgen.</translation>
    </message>
    <message>
        <source>%1: %2 per hour (%3 in %4 h)</source>
        <translation>%1: %2 pro Stunde (%3 in %4 Std.)</translation>
    </message>
    <message>
        <source>Opens the journal showing what %1 did.</source>
        <translation>Öffnet das Journal mit dem, was %1 getan hat.</translation>
    </message>
    <message>
        <source>%1 decisions per hour</source>
        <translation>%1 Entscheidungen pro Stunde</translation>
    </message>
    <message numerus="yes">
        <source>Review decisions of every supervisor over the last %n hours. Opens the journal.</source>
        <translation>
            <numerusform>Prüfentscheidungen aller Supervisor in der letzten Stunde. Öffnet das Journal.</numerusform>
            <numerusform>Prüfentscheidungen aller Supervisor in den letzten %n Stunden. Öffnet das Journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders that left the happy path. Opens the Fulfilment desk.</source>
        <translation>Bestellungen, die vom Normalfall abgewichen sind. Öffnet die Abwicklung.</translation>
    </message>
    <message numerus="yes">
        <source>%n urgent</source>
        <translation>
            <numerusform>%n dringend</numerusform>
            <numerusform>%n dringend</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent: the guarantee will probably pay. Opens the Fulfilment desk showing %1.</source>
        <translation>Dringend: Die Garantie wird wahrscheinlich zahlen. Öffnet die Abwicklung mit %1.</translation>
    </message>
    <message>
        <source>Opens the Fulfilment desk showing %1.</source>
        <translation>Öffnet die Abwicklung mit %1.</translation>
    </message>
    <message>
        <source>Open exceptions by code</source>
        <translation>Offene Ausnahmen nach Code</translation>
    </message>
    <message numerus="yes">
        <source>%n full refund(s)</source>
        <translation>
            <numerusform>%n volle Erstattung</numerusform>
            <numerusform>%n volle Erstattungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders refunded in full (goods, shipping and fee) since Monday. Opens the refunded orders.</source>
        <translation>Seit Montag voll erstattete Bestellungen (Ware, Versand und Gebühr). Öffnet die erstatteten Bestellungen.</translation>
    </message>
    <message>
        <source>%1 paid, %2 at risk</source>
        <translation>%1 gezahlt, %2 gefährdet</translation>
    </message>
    <message>
        <source>Refunds paid since Monday in %1, and what this week&apos;s open exceptions could cost.</source>
        <translation>Seit Montag gezahlte Erstattungen in %1 und was die offenen Ausnahmen dieser Woche kosten könnten.</translation>
    </message>
    <message>
        <source>%1 at risk</source>
        <translation>%1 gefährdet</translation>
    </message>
    <message>
        <source>What this week&apos;s open exceptions could cost in %1.</source>
        <translation>Was die offenen Ausnahmen dieser Woche in %1 kosten könnten.</translation>
    </message>
    <message>
        <source>What full refunds would cost if this week&apos;s open exceptions all ended in one.</source>
        <translation>Was volle Erstattungen kosten würden, wenn alle offenen Ausnahmen dieser Woche in einer endeten.</translation>
    </message>
    <message>
        <source>At risk since %1: %2</source>
        <translation>Gefährdet seit %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) with open exceptions</source>
        <translation>
            <numerusform>%n Bestellung mit offenen Ausnahmen</numerusform>
            <numerusform>%n Bestellungen mit offenen Ausnahmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wk::OverviewCharts</name>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Expected at most</source>
        <translation>Höchstens erwartet</translation>
    </message>
    <message>
        <source>AI error rate per kind, observed and expected, in percent</source>
        <translation>KI-Fehlerrate je Art, beobachtet und erwartet, in Prozent</translation>
    </message>
    <message numerus="yes">
        <source>Decisions per hour over the last %n hours, per supervisor</source>
        <translation>
            <numerusform>Entscheidungen pro Stunde in der letzten Stunde, je Supervisor</numerusform>
            <numerusform>Entscheidungen pro Stunde in den letzten %n Stunden, je Supervisor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wk::OverviewDesk</name>
    <message>
        <source>Nothing to overview yet</source>
        <translation>Noch nichts zu überblicken</translation>
    </message>
    <message>
        <source>Queue depths, SLA clocks, the AI&apos;s error rates, throughput, exceptions and what the guarantee costs will appear here once the console has synced.</source>
        <translation>Warteschlangen, SLA-Uhren, die Fehlerraten der KI, Durchsatz, Ausnahmen und die Kosten der Garantie erscheinen hier, sobald die Konsole synchronisiert hat.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>What needs attention now: queues, SLA clocks, AI error rates, exceptions and the guarantee&apos;s cost.</source>
        <translation>Was jetzt Aufmerksamkeit braucht: Warteschlangen, SLA-Uhren, KI-Fehlerraten, Ausnahmen und die Kosten der Garantie.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Choose which notifications to show</source>
        <translation>Auswählen, welche Benachrichtigungen erscheinen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the overview</source>
        <translation>Die Übersicht aktualisieren</translation>
    </message>
    <message>
        <source>Open the journal</source>
        <translation>Journal öffnen</translation>
    </message>
    <message>
        <source>Open the decision journal</source>
        <translation>Das Entscheidungsjournal öffnen</translation>
    </message>
    <message>
        <source>Could not read the cache: %1</source>
        <translation>Der Cache konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The cache has no review items, orders or exceptions yet. They appear here as the sync brings them.</source>
        <translation>Der Cache enthält noch keine Prüfeinträge, Bestellungen oder Ausnahmen. Sie erscheinen hier, sobald die Synchronisierung sie bringt.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>The decision journal is broken</source>
        <translation>Das Entscheidungsjournal ist beschädigt</translation>
    </message>
</context>
<context>
    <name>wk::OverviewTexts</name>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistik</translation>
    </message>
    <message>
        <source>Visible artefact</source>
        <translation>Sichtbares Artefakt</translation>
    </message>
    <message>
        <source>Not the product</source>
        <translation>Nicht das Produkt</translation>
    </message>
    <message>
        <source>Garbled text</source>
        <translation>Unleserlicher Text</translation>
    </message>
    <message>
        <source>Continuity glitch</source>
        <translation>Kontinuitätsfehler</translation>
    </message>
    <message>
        <source>Flash frame</source>
        <translation>Blitzbild</translation>
    </message>
    <message>
        <source>Wrong colour</source>
        <translation>Falsche Farbe</translation>
    </message>
    <message>
        <source>Unbacked claim</source>
        <translation>Unbelegte Aussage</translation>
    </message>
    <message>
        <source>Forbidden claim</source>
        <translation>Verbotene Aussage</translation>
    </message>
    <message>
        <source>Certification claim</source>
        <translation>Zertifizierungsangabe</translation>
    </message>
    <message>
        <source>Numbers disagree</source>
        <translation>Zahlen widersprechen sich</translation>
    </message>
    <message>
        <source>Missing field</source>
        <translation>Fehlendes Feld</translation>
    </message>
    <message>
        <source>Trademark risk</source>
        <translation>Markenrisiko</translation>
    </message>
    <message>
        <source>Low AI confidence</source>
        <translation>Geringe KI-Konfidenz</translation>
    </message>
    <message>
        <source>Invalid tracking number</source>
        <translation>Ungültige Sendungsnummer</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Stillstand</translation>
    </message>
    <message>
        <source>Customs hold</source>
        <translation>Zollstopp</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>Zustellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Rücksendung</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Verweigert</translation>
    </message>
    <message>
        <source>Supplier late</source>
        <translation>Lieferant verspätet</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Falscher Artikel</translation>
    </message>
    <message>
        <source>Failed warehouse QC</source>
        <translation>Lager-Qualitätsprüfung nicht bestanden</translation>
    </message>
    <message>
        <source>Quality complaint</source>
        <translation>Qualitätsreklamation</translation>
    </message>
    <message>
        <source>Delivered, not received</source>
        <translation>Zugestellt, nicht erhalten</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>currency code, amount</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>wk::PlatformClient</name>
    <message>
        <source>The platform address &quot;%1&quot; is not a valid URL.</source>
        <translation>Die Plattformadresse „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The platform address must start with https:// (or http:// for this computer).</source>
        <translation>Die Plattformadresse muss mit https:// beginnen (oder mit http:// für diesen Computer).</translation>
    </message>
    <message>
        <source>The connection to %1 would not be encrypted: use an https address, or allow unencrypted connections explicitly if this network is trusted.</source>
        <translation>Die Verbindung zu %1 wäre nicht verschlüsselt: Verwenden Sie eine https-Adresse oder erlauben Sie unverschlüsselte Verbindungen ausdrücklich, wenn Sie diesem Netz vertrauen.</translation>
    </message>
</context>
<context>
    <name>wk::ReviewDesk</name>
    <message>
        <source>Nothing to review yet</source>
        <translation>Noch nichts zu prüfen</translation>
    </message>
    <message>
        <source>Flagged images, videos and copy will appear here once the console has synced with the platform.</source>
        <translation>Markierte Bilder, Videos und Texte erscheinen hier, sobald die Konsole mit der Plattform synchronisiert hat.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Flagged images, videos and copy waiting for a decision.</source>
        <translation>Markierte Bilder, Videos und Texte, die auf eine Entscheidung warten.</translation>
    </message>
</context>
<context>
    <name>wk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>https://platform.example.com</source>
        <translation>https://platform.example.com</translation>
    </message>
    <message>
        <source>Your supervisor token</source>
        <translation>Ihr Aufsichts-Token</translation>
    </message>
    <message>
        <source>Warning: without encryption, anyone on the network between you and the platform can read your token and the shop&apos;s data, and act as you. Use this only on a network you trust, such as a test setup.</source>
        <translation>Warnung: Ohne Verschlüsselung kann jeder im Netz zwischen Ihnen und der Plattform Ihr Token und die Daten des Shops mitlesen und in Ihrem Namen handeln. Nutzen Sie dies nur in einem Netz, dem Sie vertrauen, etwa in einer Testumgebung.</translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation>&amp;Adresse der Plattform:</translation>
    </message>
    <message>
        <source>Supervisor &amp;token:</source>
        <translation>Aufsichts-&amp;Token:</translation>
    </message>
    <message>
        <source>The token is kept in memory for this session only and asked for again after a restart. Storing it in the system keychain comes with the sync work.</source>
        <translation>Das Token wird nur für diese Sitzung im Arbeitsspeicher gehalten und nach einem Neustart erneut abgefragt. Die Ablage im Schlüsselbund des Systems kommt mit der Synchronisierung.</translation>
    </message>
    <message>
        <source>Allow an unencrypted connection</source>
        <translation>Unverschlüsselte Verbindung erlauben</translation>
    </message>
</context>
<context>
    <name>wk::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>wk::SuppliersDesk</name>
    <message>
        <source>No suppliers yet</source>
        <translation>Noch keine Lieferanten</translation>
    </message>
    <message>
        <source>Pallet traders, direct factories and the 1688 long tail will appear here with their scorecards once the console has synced with the platform.</source>
        <translation>Palettenhändler, Direktfabriken und der 1688-Long-Tail erscheinen hier mit ihren Bewertungen, sobald die Konsole mit der Plattform synchronisiert hat.</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>Pallet traders, direct factories and the 1688 long tail, with their scorecards.</source>
        <translation>Palettenhändler, Direktfabriken und der 1688-Long-Tail mit ihren Bewertungen.</translation>
    </message>
</context>
<context>
    <name>wk::SyncDesk</name>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Decisions waiting to be sent, the last successful pull and conflicts that need a person will appear here once the console is connected to a platform.</source>
        <translation>Noch zu sendende Entscheidungen, der letzte erfolgreiche Abruf und Konflikte, die einen Menschen brauchen, erscheinen hier, sobald die Konsole mit einer Plattform verbunden ist.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>The connection to the platform: what is waiting to be sent, what came in, and conflicts.</source>
        <translation>Die Verbindung zur Plattform: was auf das Senden wartet, was hereingekommen ist, und Konflikte.</translation>
    </message>
</context>
<context>
    <name>wk::SyncEngine</name>
    <message>
        <source>Sync was stopped before the platform answered.</source>
        <translation>Die Synchronisierung wurde beendet, bevor die Plattform geantwortet hat.</translation>
    </message>
    <message>
        <source>Working offline: sent again when back online.</source>
        <translation>Offline-Arbeit: wird erneut gesendet, sobald die Konsole wieder online ist.</translation>
    </message>
    <message>
        <source>the results do not match the commands sent</source>
        <translation>die Ergebnisse passen nicht zu den gesendeten Befehlen</translation>
    </message>
</context>
<context>
    <name>wk::SyncStatusIndicator</name>
    <message>
        <source>Sync not started</source>
        <translation>Abgleich nicht gestartet</translation>
    </message>
    <message>
        <source>Syncing: %1 changes received</source>
        <translation>Abgleich: %1 Änderungen empfangen</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation>Offline-Arbeit</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>waiting to be sent: %1, the oldest for %2 min</source>
        <translation>warten auf Versand: %1, die älteste seit %2 Min.</translation>
    </message>
    <message>
        <source>waiting to be sent: %1</source>
        <translation>warten auf Versand: %1</translation>
    </message>
    <message>
        <source>for you in the Sync desk: %1</source>
        <translation>für Sie im Bereich Abgleich: %1</translation>
    </message>
    <message>
        <source>last pull %1</source>
        <translation>zuletzt abgerufen %1</translation>
    </message>
</context>
<context>
    <name>wk::TrackingNumberValidator</name>
    <message>
        <source>This number cannot be checked.</source>
        <translation>Diese Nummer kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>This looks like a %1 number, but its check digit should be %2, not %3. Compare it with the label again.</source>
        <translation>Das sieht nach einer %1-Nummer aus, aber ihre Prüfziffer müsste %2 sein, nicht %3. Vergleichen Sie sie noch einmal mit dem Etikett.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (character %2) must be a digit: a UPU postal number has 9 digits between its letters.</source>
        <translation>„%1“ (Zeichen %2) muss eine Ziffer sein: Eine UPU-Postsendungsnummer hat 9 Ziffern zwischen ihren Buchstaben.</translation>
    </message>
    <message>
        <source>%1 is fine as a service code, but &apos;%2&apos; is not an ISO country code: a UPU postal number ends with the code of the sending country, such as CN or GB.</source>
        <translation>%1 ist als Dienstcode in Ordnung, aber „%2“ ist kein ISO-Ländercode: Eine UPU-Postsendungsnummer endet mit dem Code des Absenderlandes, etwa CN oder GB.</translation>
    </message>
    <message numerus="yes">
        <source>UPS numbers are 1Z + 16 characters; this one has %n after 1Z.</source>
        <translation>
            <numerusform>UPS-Nummern bestehen aus 1Z + 16 Zeichen; diese hat %n Zeichen nach 1Z.</numerusform>
            <numerusform>UPS-Nummern bestehen aus 1Z + 16 Zeichen; diese hat %n Zeichen nach 1Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; (character %2) must be a digit: the last 8 characters of a UPS number (package number and check digit) are digits.</source>
        <translation>„%1“ (Zeichen %2) muss eine Ziffer sein: Die letzten 8 Zeichen einer UPS-Nummer (Paketnummer und Prüfziffer) sind Ziffern.</translation>
    </message>
    <message numerus="yes">
        <source>This starts like a USPS routing code (420 and a ZIP code), but after 420 and a 5- or 9-digit ZIP code a USPS number has 20, 22 or 26 digits; this one has %n digits in all.</source>
        <translation>
            <numerusform>Das beginnt wie ein USPS-Leitcode (420 und eine Postleitzahl), aber nach 420 und einer 5- oder 9-stelligen ZIP-Postleitzahl hat eine USPS-Nummer 20, 22 oder 26 Ziffern; diese hat insgesamt %n Ziffer.</numerusform>
            <numerusform>Das beginnt wie ein USPS-Leitcode (420 und eine Postleitzahl), aber nach 420 und einer 5- oder 9-stelligen ZIP-Postleitzahl hat eine USPS-Nummer 20, 22 oder 26 Ziffern; diese hat insgesamt %n Ziffern.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; (character %2) must be a digit: %3 numbers are %4 followed by digits only.</source>
        <translation>„%1“ (Zeichen %2) muss eine Ziffer sein: %3-Nummern bestehen aus %4 und danach nur Ziffern.</translation>
    </message>
    <message>
        <source>%1 numbers are %2 + %3 digits; this one has %4 after %2.</source>
        <translation>%1-Nummern bestehen aus %2 + %3 Ziffern; diese hat %4 nach %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (character %2) must be a digit: 4PX numbers are 4PX, 13 to 16 digits and CN.</source>
        <translation>„%1“ (Zeichen %2) muss eine Ziffer sein: 4PX-Nummern bestehen aus 4PX, 13 bis 16 Ziffern und CN.</translation>
    </message>
    <message>
        <source>4PX numbers are 4PX, 13 to 16 digits and CN; this one does not end with CN.</source>
        <translation>4PX-Nummern bestehen aus 4PX, 13 bis 16 Ziffern und CN; diese endet nicht auf CN.</translation>
    </message>
    <message numerus="yes">
        <source>4PX numbers are 4PX, 13 to 16 digits and CN; this one has %n digits.</source>
        <translation>
            <numerusform>4PX-Nummern bestehen aus 4PX, 13 bis 16 Ziffern und CN; diese hat %n Ziffer.</numerusform>
            <numerusform>4PX-Nummern bestehen aus 4PX, 13 bis 16 Ziffern und CN; diese hat %n Ziffern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a tracking number: the field is empty.</source>
        <translation>Geben Sie eine Sendungsnummer ein: Das Feld ist leer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be part of a tracking number: only the letters A to Z and digits can.</source>
        <translation>„%1“ kann nicht Teil einer Sendungsnummer sein: Erlaubt sind nur die Buchstaben A bis Z und Ziffern.</translation>
    </message>
    <message numerus="yes">
        <source>A UPU postal number is 2 letters, 9 digits and a 2-letter country code; this one has %n digits.</source>
        <translation>
            <numerusform>Eine UPU-Postsendungsnummer besteht aus 2 Buchstaben, 9 Ziffern und einem 2-stelligen Ländercode; diese hat %n Ziffer.</numerusform>
            <numerusform>Eine UPU-Postsendungsnummer besteht aus 2 Buchstaben, 9 Ziffern und einem 2-stelligen Ländercode; diese hat %n Ziffern.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 matches none of the carriers the platform uses (UPU postal S10, UPS, USPS, FedEx, DHL Express, YunExpress, 4PX, Cainiao). Check for a missing or extra character.</source>
        <translation>%1 passt zu keinem der Versanddienstleister, die die Plattform nutzt (UPU-Post S10, UPS, USPS, FedEx, DHL Express, YunExpress, 4PX, Cainiao). Prüfen Sie, ob ein Zeichen fehlt oder zu viel ist.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>UPU postal (S10)</source>
        <translation>UPU-Post (S10)</translation>
    </message>
    <message>
        <source>UPS</source>
        <translation>UPS</translation>
    </message>
    <message>
        <source>USPS</source>
        <translation>USPS</translation>
    </message>
    <message>
        <source>FedEx Express</source>
        <translation>FedEx Express</translation>
    </message>
    <message>
        <source>FedEx Ground</source>
        <translation>FedEx Ground</translation>
    </message>
    <message>
        <source>DHL Express</source>
        <translation>DHL Express</translation>
    </message>
    <message>
        <source>YunExpress</source>
        <translation>YunExpress</translation>
    </message>
    <message>
        <source>4PX</source>
        <translation>4PX</translation>
    </message>
    <message>
        <source>Cainiao</source>
        <translation>Cainiao</translation>
    </message>
    <message>
        <source>Unknown carrier</source>
        <translation>Unbekannter Versanddienstleister</translation>
    </message>
    <message>
        <source>FedEx</source>
        <translation>FedEx</translation>
    </message>
    <message>
        <source>Royal Mail</source>
        <translation>Royal Mail</translation>
    </message>
    <message>
        <source>Australia Post</source>
        <translation>Australia Post</translation>
    </message>
    <message>
        <source>Canada Post</source>
        <translation>Canada Post</translation>
    </message>
    <message>
        <source>China Post</source>
        <translation>China Post</translation>
    </message>
    <message>
        <source>National post</source>
        <translation>Nationale Post</translation>
    </message>
    <message numerus="yes">
        <source>A number of digits alone has 10 (DHL Express), 12 or 15 (FedEx), or 20, 22 or 26 digits (USPS); this one has %n.</source>
        <translation>
            <numerusform>Eine reine Ziffernnummer hat 10 (DHL Express), 12 oder 15 (FedEx) oder 20, 22 oder 26 Ziffern (USPS); diese hat %n.</numerusform>
            <numerusform>Eine reine Ziffernnummer hat 10 (DHL Express), 12 oder 15 (FedEx) oder 20, 22 oder 26 Ziffern (USPS); diese hat %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wk::console::CommandLine</name>
    <message>
        <source>Watchkeeper: the desk of the supervisors of an AI-run shop. Review flagged media, settle order exceptions and manage suppliers, online or offline.</source>
        <translation>Watchkeeper: der Arbeitsplatz der Aufsicht eines KI-geführten Shops. Markierte Medien prüfen, Auftragsausnahmen klären und Lieferanten verwalten – online wie offline.</translation>
    </message>
    <message>
        <source>Start the built-in reference platform with generated data and connect to it. Nothing reaches the real shop.</source>
        <translation>Die eingebaute Referenzplattform mit erzeugten Daten starten und sich mit ihr verbinden. Nichts erreicht den echten Shop.</translation>
    </message>
    <message>
        <source>Connect to the platform at &lt;url&gt; for this session, instead of the address in Settings.</source>
        <translation>Für diese Sitzung mit der Plattform unter &lt;url&gt; verbinden statt mit der Adresse aus den Einstellungen.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Keep the local cache in &lt;path&gt; instead of the default location.</source>
        <translation>Den lokalen Cache in &lt;pfad&gt; statt am Standardort ablegen.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example de or zh_CN) instead of the system&apos;s.</source>
        <translation>Die Sprache &lt;code&gt; (zum Beispiel de oder zh_CN) statt der Systemsprache verwenden.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Render the main window at 1280×800 into the PNG file &lt;path&gt; and exit.</source>
        <translation>Das Hauptfenster in 1280×800 in die PNG-Datei &lt;pfad&gt; zeichnen und beenden.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run watchkeeper --help to see what it can do.</source>
        <translation>Unbekannter Befehl „%1“. Rufen Sie watchkeeper --help auf, um zu sehen, was es kann.</translation>
    </message>
    <message>
        <source>--demo and --server exclude each other: choose the demo platform or a real one.</source>
        <translation>--demo und --server schließen einander aus: Wählen Sie die Demo-Plattform oder eine echte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform address. Write it as https://platform.example.com.</source>
        <translation>„%1“ ist keine Plattformadresse. Schreiben Sie sie als https://platform.example.com.</translation>
    </message>
</context>
<context>
    <name>wk::console::DemoPlatform</name>
    <message>
        <source>Cannot create the folder for the demo platform&apos;s data: %1</source>
        <translation>Der Ordner für die Daten der Demo-Plattform kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The demo platform could not listen on this computer: %1</source>
        <translation>Die Demo-Plattform kann auf diesem Computer keine Verbindungen annehmen: %1</translation>
    </message>
    <message>
        <source>The demo platform did not start: %1</source>
        <translation>Die Demo-Plattform ist nicht gestartet: %1</translation>
    </message>
</context>
<context>
    <name>wk::console::JournalCommand</name>
    <message>
        <source>watchkeeper journal verify: checks that no entry of the decision journal was changed, removed or
moved. Exits with 0 when the journal verifies, 1 when it is broken, 2 when it cannot be checked.</source>
        <translation>watchkeeper journal verify: prüft, dass kein Eintrag des Entscheidungsjournals geändert, entfernt oder
verschoben wurde. Endet mit 0, wenn das Journal intakt ist, 1, wenn es beschädigt ist, 2, wenn es nicht geprüft werden kann.</translation>
    </message>
    <message>
        <source>The journal command.</source>
        <translation>Der Journal-Befehl.</translation>
    </message>
    <message>
        <source>What to do: verify.</source>
        <translation>Was zu tun ist: verify.</translation>
    </message>
    <message>
        <source>The local cache file (default: the console&apos;s cache, %1).</source>
        <translation>Die lokale Cache-Datei (Standard: der Cache der Konsole, %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Say what to do with the journal: watchkeeper journal verify [--db PATH].</source>
        <translation>Geben Sie an, was mit dem Journal geschehen soll: watchkeeper journal verify [--db PFAD].</translation>
    </message>
    <message>
        <source>There is no cache at %1: give its path with --db.</source>
        <translation>Unter %1 gibt es keinen Cache: Geben Sie seinen Pfad mit --db an.</translation>
    </message>
    <message>
        <source>Newest hash: %1</source>
        <translation>Neuester Hash: %1</translation>
    </message>
</context>
<context>
    <name>wk::console::Screenshot</name>
    <message>
        <source>Cannot write the screenshot %1: %2</source>
        <translation>Der Screenshot %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>wk::console::SyncCommand</name>
    <message>
        <source>pages %1, changes %2, pushed %3 (applied %4, conflicts %5, rejected %6), resyncs %7, retries %8</source>
        <translation>Seiten %1, Änderungen %2, gesendet %3 (übernommen %4, Konflikte %5, abgelehnt %6), Neuabgleiche %7, Wiederholungen %8</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2.</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The token file %1 is empty: put the platform token on its first line.</source>
        <translation>Die Token-Datei %1 ist leer: Schreiben Sie das Plattform-Token in ihre erste Zeile.</translation>
    </message>
    <message>
        <source>Warning: the token file %1 can be read by other users; make it readable by you only (chmod 600).</source>
        <translation>Warnung: Die Token-Datei %1 ist für andere Benutzer lesbar; machen Sie sie nur für sich lesbar (chmod 600).</translation>
    </message>
    <message>
        <source>watchkeeper sync: pulls the platform&apos;s changes into the local cache and pushes the queued decisions,
without a window. Runs until stopped, or with --once until everything due is done.</source>
        <translation>watchkeeper sync: holt die Änderungen der Plattform in den lokalen Cache und sendet die wartenden Entscheidungen,
ohne Fenster. Läuft, bis es beendet wird, oder mit --once, bis alles Fällige erledigt ist.</translation>
    </message>
    <message>
        <source>The sync command.</source>
        <translation>Der Synchronisierungsbefehl.</translation>
    </message>
    <message>
        <source>The platform&apos;s address.</source>
        <translation>Die Adresse der Plattform.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>File holding the platform token (readable by you only).</source>
        <translation>Datei mit dem Plattform-Token (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>The local cache file.</source>
        <translation>Die lokale Cache-Datei.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>Pull until up to date, push everything due, then exit.</source>
        <translation>Bis zum aktuellen Stand holen, alles Fällige senden, dann beenden.</translation>
    </message>
    <message>
        <source>Allow plain http to a host other than this computer.</source>
        <translation>Unverschlüsseltes http zu einem anderen Rechner als diesem erlauben.</translation>
    </message>
    <message>
        <source>Commands per push, 1 to 500 (default 500).</source>
        <translation>Befehle pro Sendung, 1 bis 500 (Standard 500).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Changes per page, 1 to 5000 (default 1000).</source>
        <translation>Änderungen pro Seite, 1 bis 5000 (Standard 1000).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Run watchkeeper sync --help.</source>
        <translation>Unerwartetes Argument „%1“. Siehe watchkeeper sync --help.</translation>
    </message>
    <message>
        <source>watchkeeper sync needs --server, --token-file and --db.</source>
        <translation>watchkeeper sync braucht --server, --token-file und --db.</translation>
    </message>
    <message>
        <source>--batch-size must be a whole number from 1 to 500.</source>
        <translation>--batch-size muss eine ganze Zahl von 1 bis 500 sein.</translation>
    </message>
    <message>
        <source>--page-size must be a whole number from 1 to 5000.</source>
        <translation>--page-size muss eine ganze Zahl von 1 bis 5000 sein.</translation>
    </message>
    <message>
        <source>%1 (pending %2)</source>
        <translation>%1 (ausstehend %2)</translation>
    </message>
    <message>
        <source>Sync complete.</source>
        <translation>Synchronisierung abgeschlossen.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Syncing %1 into %2</source>
        <translation>Synchronisiere %1 nach %2</translation>
    </message>
</context>
</TS>
