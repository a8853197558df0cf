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
    <name>wk::BoardColumnModel</name>
    <message>
        <source>on hold</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>pending: %1</source>
        <translation>ausstehend: %1</translation>
    </message>
    <message>
        <source>Order %1, %2 in %3, customer %4, tracking %5</source>
        <translation>Bestellung %1, %2 nach %3, Kunde %4, Sendungsnummer %5</translation>
    </message>
    <message>
        <source>no carrier</source>
        <translation>kein Versanddienst</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>wk::BoardView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Orders in %1: %2</source>
        <translation>Bestellungen in %1: %2</translation>
    </message>
</context>
<context>
    <name>wk::CarrierStatuses</name>
    <message>
        <source>Carrier does not know this number</source>
        <translation>Versanddienst kennt diese Nummer nicht</translation>
    </message>
    <message>
        <source>Not yet scanned by the carrier</source>
        <translation>Vom Versanddienst noch nicht erfasst</translation>
    </message>
    <message>
        <source>Label created</source>
        <translation>Versandetikett erstellt</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Abgeholt</translation>
    </message>
    <message>
        <source>Departed a facility</source>
        <translation>Hat ein Verteilzentrum verlassen</translation>
    </message>
    <message>
        <source>Arrived at a facility</source>
        <translation>In einem Verteilzentrum angekommen</translation>
    </message>
    <message>
        <source>In customs clearance</source>
        <translation>In der Zollabfertigung</translation>
    </message>
    <message>
        <source>Released by customs</source>
        <translation>Vom Zoll freigegeben</translation>
    </message>
    <message>
        <source>Held by customs: information required</source>
        <translation>Vom Zoll zurückgehalten: Angaben erforderlich</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Tracking expired without delivery</source>
        <translation>Sendungsverfolgung ohne Zustellung abgelaufen</translation>
    </message>
    <message>
        <source>Waiting at a pickup point</source>
        <translation>Liegt an einer Abholstelle bereit</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>In Zustellung</translation>
    </message>
    <message>
        <source>Delivery failed: nobody at the address</source>
        <translation>Zustellung fehlgeschlagen: niemand angetroffen</translation>
    </message>
    <message>
        <source>Delivery failed: address invalid</source>
        <translation>Zustellung fehlgeschlagen: Adresse ungültig</translation>
    </message>
    <message>
        <source>Delivery refused by the recipient</source>
        <translation>Annahme vom Empfänger verweigert</translation>
    </message>
    <message>
        <source>Delivery failed: security check</source>
        <translation>Zustellung fehlgeschlagen: Sicherheitskontrolle</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>Zustellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Lost by the carrier</source>
        <translation>Vom Versanddienst verloren</translation>
    </message>
    <message>
        <source>Destroyed by the carrier</source>
        <translation>Vom Versanddienst vernichtet</translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation>Beim Transport beschädigt</translation>
    </message>
    <message>
        <source>Returning to the sender</source>
        <translation>Auf dem Rückweg zum Absender</translation>
    </message>
    <message>
        <source>Returned to the sender</source>
        <translation>An den Absender zurückgesandt</translation>
    </message>
    <message>
        <source>Delayed: no scan for too long</source>
        <translation>Verzögert: zu lange kein Scan</translation>
    </message>
    <message>
        <source>Refused by the recipient</source>
        <translation>Vom Empfänger verweigert</translation>
    </message>
    <message>
        <source>Held for a security or customs check</source>
        <translation>Für eine Sicherheits- oder Zollprüfung zurückgehalten</translation>
    </message>
    <message>
        <source>Carrier exception</source>
        <translation>Störung beim Versanddienst</translation>
    </message>
    <message>
        <source>Unknown carrier status %1</source>
        <translation>Unbekannter Versandstatus %1</translation>
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
    <name>wk::ExceptionQueueModel</name>
    <message>
        <source>fix tracking</source>
        <translation>Sendungsnummer korrigieren</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>erstatten</translation>
    </message>
    <message>
        <source>reship</source>
        <translation>neu versenden</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>anhalten</translation>
    </message>
    <message>
        <source>release</source>
        <translation>freigeben</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>erledigen</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>eskalieren</translation>
    </message>
    <message>
        <source>no SLA</source>
        <translation>kein SLA</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>AI: %1</source>
        <translation>KI: %1</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 ausstehend</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Bestellwert</translation>
    </message>
    <message>
        <source>AI proposal</source>
        <translation>KI-Vorschlag</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
</context>
<context>
    <name>wk::FulfilmentActions</name>
    <message>
        <source>Connect to a platform first: there is no cache to queue commands in.</source>
        <translation>Verbinden Sie zuerst eine Plattform: Es gibt keinen Cache, in den Befehle eingereiht werden können.</translation>
    </message>
    <message>
        <source>Select an exception first (arrow keys in the queue).</source>
        <translation>Wählen Sie zuerst eine Ausnahme (Pfeiltasten in der Warteschlange).</translation>
    </message>
    <message numerus="yes">
        <source>%1 queued for %n order(s); Ctrl+Z undoes it within %2 s.</source>
        <translation>
            <numerusform>%1 für %n Bestellung eingereiht; Strg+Z macht es innerhalb von %2 s rückgängig.</numerusform>
            <numerusform>%1 für %n Bestellungen eingereiht; Strg+Z macht es innerhalb von %2 s rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order&apos;s amounts are still loading; try again in a moment.</source>
        <translation>Die Beträge der Bestellung werden noch geladen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Order %1 has amounts in more than one currency; refund it on the platform.</source>
        <translation>Bestellung %1 hat Beträge in mehr als einer Währung; erstatten Sie sie auf der Plattform.</translation>
    </message>
    <message numerus="yes">
        <source>Hold %n order(s)</source>
        <translation>
            <numerusform>%n Bestellung anhalten</numerusform>
            <numerusform>%n Bestellungen anhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Why are they held?</source>
        <translation>Warum werden sie angehalten?</translation>
    </message>
    <message>
        <source>Waiting for the supplier&apos;s answer</source>
        <translation>Warten auf die Antwort des Lieferanten</translation>
    </message>
    <message>
        <source>Contact the supplier of %1</source>
        <translation>Lieferanten von %1 kontaktieren</translation>
    </message>
    <message>
        <source>Note to the supplier</source>
        <translation>Notiz an den Lieferanten</translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n exception(s)</source>
        <translation>
            <numerusform>%n Ausnahme erledigen</numerusform>
            <numerusform>%n Ausnahmen erledigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Checked: no further action needed</source>
        <translation>Geprüft: keine weiteren Schritte nötig</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Undo asked: a command still in its grace period is withdrawn.</source>
        <translation>Rückgängig angefordert: Ein Befehl in seiner Karenzzeit wird zurückgezogen.</translation>
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
    <message>
        <source>Exception queue, soonest SLA first</source>
        <translation>Ausnahme-Warteschlange, dringendstes SLA zuerst</translation>
    </message>
    <message>
        <source>Exception queue columns</source>
        <translation>Spalten der Ausnahme-Warteschlange</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
    <message>
        <source>Fix the tracking number</source>
        <translation>Sendungsnummer korrigieren</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Reship</source>
        <translation>Neu versenden</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Release the hold</source>
        <translation>Anhalten aufheben</translation>
    </message>
    <message>
        <source>Contact the supplier</source>
        <translation>Lieferanten kontaktieren</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Undo the last action</source>
        <translation>Letzte Aktion rückgängig machen</translation>
    </message>
    <message>
        <source>Reveal the customer</source>
        <translation>Kundendaten anzeigen</translation>
    </message>
    <message>
        <source>Next exception</source>
        <translation>Nächste Ausnahme</translation>
    </message>
    <message>
        <source>Previous exception</source>
        <translation>Vorherige Ausnahme</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Bestellungen suchen</translation>
    </message>
    <message>
        <source>T fix tracking · F refund · R reship · H hold · Shift+H release · S contact supplier · X resolve · E escalate · V reveal customer · J/K next/previous · Ctrl+Z undo</source>
        <translation>T Sendungsnummer · F Erstattung · R neu versenden · H anhalten · Umschalt+H freigeben · S Lieferant · X erledigen · E eskalieren · V Kunde anzeigen · J/K nächste/vorherige · Strg+Z rückgängig</translation>
    </message>
    <message>
        <source>Exceptions (%1 open)</source>
        <translation>Ausnahmen (%1 offen)</translation>
    </message>
</context>
<context>
    <name>wk::FulfilmentFilterBar</name>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Alle Märkte</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Alle Währungen</translation>
    </message>
    <message>
        <source>Supplier tier</source>
        <translation>Lieferantenstufe</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Versanddienst</translation>
    </message>
    <message>
        <source>All carriers</source>
        <translation>Alle Versanddienste</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>All exceptions</source>
        <translation>Alle Ausnahmen</translation>
    </message>
    <message>
        <source>SLA &amp;breached</source>
        <translation>SLA ü&amp;berschritten</translation>
    </message>
    <message>
        <source>Only orders past an SLA</source>
        <translation>Nur Bestellungen mit überschrittenem SLA</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Bestellungen suchen</translation>
    </message>
    <message>
        <source>Order id, tracking number or customer (Ctrl+F)</source>
        <translation>Bestellnummer, Sendungsnummer oder Kunde (Strg+F)</translation>
    </message>
    <message>
        <source>supplier %1</source>
        <translation>Lieferant %1</translation>
    </message>
    <message>
        <source>stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>Only %1 ✖</source>
        <translation>Nur %1 ✖</translation>
    </message>
    <message>
        <source>Clear the drill-down filter (%1)</source>
        <translation>Drill-down-Filter aufheben (%1)</translation>
    </message>
</context>
<context>
    <name>wk::FulfilmentText</name>
    <message>
        <source>Placed</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Purchased from supplier</source>
        <translation>Beim Lieferanten gekauft</translation>
    </message>
    <message>
        <source>At the consolidation warehouse</source>
        <translation>Im Sammellager</translation>
    </message>
    <message>
        <source>International transit</source>
        <translation>Internationaler Transport</translation>
    </message>
    <message>
        <source>Customs</source>
        <translation>Zoll</translation>
    </message>
    <message>
        <source>Last mile</source>
        <translation>Letzte Meile</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgesandt</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Tracking number invalid</source>
        <translation>Sendungsnummer ungültig</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Stillstand</translation>
    </message>
    <message>
        <source>Customs hold</source>
        <translation>Vom Zoll zurückgehalten</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>Zustellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Returning to sender</source>
        <translation>Rücksendung an Absender</translation>
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
        <source>Refused by the customer</source>
        <translation>Vom Kunden verweigert</translation>
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
        <translation>Qualitätsprüfung im Lager nicht bestanden</translation>
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
        <source>unknown tier</source>
        <translation>unbekannte Stufe</translation>
    </message>
    <message>
        <source>Pallet trader</source>
        <translation>Palettenhändler</translation>
    </message>
    <message>
        <source>Direct factory</source>
        <translation>Direkte Fabrik</translation>
    </message>
    <message>
        <source>1688 long tail</source>
        <translation>1688-Longtail</translation>
    </message>
    <message>
        <source>Fix tracking number</source>
        <translation>Sendungsnummer korrigieren</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Reship</source>
        <translation>Neu versenden</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Note to the supplier</source>
        <translation>Notiz an den Lieferanten</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>applied by the platform</source>
        <translation>von der Plattform übernommen</translation>
    </message>
    <message>
        <source>already applied</source>
        <translation>bereits übernommen</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>rejected by the platform</source>
        <translation>von der Plattform abgelehnt</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>customer data revealed</source>
        <translation>Kundendaten angezeigt</translation>
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
    <name>wk::OrderDetailPane</name>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Re&amp;veal customer</source>
        <translation>Kunde an&amp;zeigen</translation>
    </message>
    <message>
        <source>SLA clocks</source>
        <translation>SLA-Uhren</translation>
    </message>
    <message>
        <source>The AI&apos;s proposal</source>
        <translation>Der Vorschlag der KI</translation>
    </message>
    <message>
        <source>The supervisor&apos;s decision</source>
        <translation>Die Entscheidung der Aufsicht</translation>
    </message>
    <message>
        <source>What the guarantee costs</source>
        <translation>Was die Garantie kostet</translation>
    </message>
    <message>
        <source>Reveal the customer&apos;s name and email (recorded in the journal)</source>
        <translation>Name und E-Mail des Kunden anzeigen (wird im Journal vermerkt)</translation>
    </message>
    <message>
        <source>Shows the customer&apos;s personal data. Every reveal is recorded in the journal.</source>
        <translation>Zeigt die persönlichen Daten des Kunden. Jede Anzeige wird im Journal vermerkt.</translation>
    </message>
    <message>
        <source>Timeline of tracking events and actions</source>
        <translation>Zeitleiste der Sendungsereignisse und Aktionen</translation>
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
        <source>Where / detail</source>
        <translation>Wo / Details</translation>
    </message>
    <message>
        <source>Timeline columns</source>
        <translation>Spalten der Zeitleiste</translation>
    </message>
    <message>
        <source>AI proposal</source>
        <translation>KI-Vorschlag</translation>
    </message>
    <message>
        <source>Supervisor&apos;s decision</source>
        <translation>Entscheidung der Aufsicht</translation>
    </message>
    <message>
        <source>No order selected</source>
        <translation>Keine Bestellung ausgewählt</translation>
    </message>
    <message>
        <source>ON HOLD</source>
        <translation>ANGEHALTEN</translation>
    </message>
    <message>
        <source>Customer: %1 &lt;%2&gt; (masked) · supplier %3 (%4) · %5 %6</source>
        <translation>Kunde: %1 &lt;%2&gt; (maskiert) · Lieferant %3 (%4) · %5 %6</translation>
    </message>
    <message>
        <source>no carrier</source>
        <translation>kein Versanddienst</translation>
    </message>
    <message>
        <source>no tracking number</source>
        <translation>keine Sendungsnummer</translation>
    </message>
    <message>
        <source>Customer: %1 &lt;%2&gt; (revealed, recorded in the journal)</source>
        <translation>Kunde: %1 &lt;%2&gt; (angezeigt, im Journal vermerkt)</translation>
    </message>
    <message>
        <source>%1 (%2, limit %3)</source>
        <translation>%1 (%2, Grenze %3)</translation>
    </message>
    <message>
        <source>No clock runs in this stage.</source>
        <translation>In dieser Phase läuft keine Uhr.</translation>
    </message>
    <message>
        <source>No open exception on this order.</source>
        <translation>Keine offene Ausnahme bei dieser Bestellung.</translation>
    </message>
    <message>
        <source>%1 — proposes: %2
%3
Carrier: %4</source>
        <translation>%1 — schlägt vor: %2
%3
Versanddienst: %4</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>(no rationale given)</source>
        <translation>(keine Begründung angegeben)</translation>
    </message>
    <message>
        <source>no carrier status</source>
        <translation>kein Versandstatus</translation>
    </message>
    <message>
        <source>⏳ %1 — pending, not yet confirmed by the platform</source>
        <translation>⏳ %1 — ausstehend, von der Plattform noch nicht bestätigt</translation>
    </message>
    <message>
        <source>✔ Resolved: %1</source>
        <translation>✔ Erledigt: %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>Noch keine Entscheidung.</translation>
    </message>
    <message>
        <source>The order&apos;s amounts are not in one currency; the platform&apos;s figures are needed.</source>
        <translation>Die Beträge der Bestellung sind nicht in einer Währung; die Zahlen der Plattform werden benötigt.</translation>
    </message>
    <message>
        <source>Goods %1 + shipping %2 + fee %3 = %4</source>
        <translation>Ware %1 + Versand %2 + Gebühr %3 = %4</translation>
    </message>
    <message>
        <source>No CNY reference rate for %1.</source>
        <translation>Kein CNY-Referenzkurs für %1.</translation>
    </message>
    <message>
        <source>Refund: %1 = %2</source>
        <translation>Erstattung: %1 = %2</translation>
    </message>
    <message>
        <source>Reship: %1 = %2 (supplier %3 + shipping again)</source>
        <translation>Neuversand: %1 = %2 (Lieferant %3 + erneuter Versand)</translation>
    </message>
    <message>
        <source>→ Reship is cheaper by %1.</source>
        <translation>→ Neuversand ist um %1 günstiger.</translation>
    </message>
    <message>
        <source>→ Refund is cheaper by %1.</source>
        <translation>→ Erstattung ist um %1 günstiger.</translation>
    </message>
    <message>
        <source>CNY at the reference rate 1 %1 = %2 CNY.</source>
        <translation>CNY zum Referenzkurs 1 %1 = %2 CNY.</translation>
    </message>
    <message>
        <source>Exception opened: %1</source>
        <translation>Ausnahme eröffnet: %1</translation>
    </message>
    <message>
        <source>Action: %1 %2</source>
        <translation>Aktion: %1 %2</translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>Ausstehend: %1</translation>
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
    <name>wk::RefundDialog</name>
    <message>
        <source>Refund order %1</source>
        <translation>Bestellung %1 erstatten</translation>
    </message>
    <message>
        <source>&amp;Full refund: %1 (goods %2 + shipping %3 + fee %4)</source>
        <translation>&amp;Volle Erstattung: %1 (Ware %2 + Versand %3 + Gebühr %4)</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>Volle Erstattung</translation>
    </message>
    <message>
        <source>&amp;Partial refund</source>
        <translation>&amp;Teilerstattung</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>Teilerstattung</translation>
    </message>
    <message>
        <source>Refund amount in %1</source>
        <translation>Erstattungsbetrag in %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation>Grund der Erstattung</translation>
    </message>
    <message>
        <source>What the customer is told, e.g. &quot;parcel lost by the carrier&quot;</source>
        <translation>Was der Kunde erfährt, z. B. „Paket vom Versanddienst verloren“</translation>
    </message>
    <message>
        <source>Refund check</source>
        <translation>Prüfung der Erstattung</translation>
    </message>
    <message>
        <source>Queue the refund</source>
        <translation>Erstattung einreihen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Amount (%1):</source>
        <translation>Betrag (%1):</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message numerus="yes">
        <source>Type the amount in %1 with at most %n decimal(s), e.g. 12.50.</source>
        <translation>
            <numerusform>Geben Sie den Betrag in %1 mit höchstens %n Nachkommastelle ein, z. B. 12.50.</numerusform>
            <numerusform>Geben Sie den Betrag in %1 mit höchstens %n Nachkommastellen ein, z. B. 12.50.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why: the reason goes to the customer and into the supplier&apos;s scorecard.</source>
        <translation>Nennen Sie den Grund: Er geht an den Kunden und in die Bewertung des Lieferanten.</translation>
    </message>
    <message>
        <source>✔ Refund %1.</source>
        <translation>✔ %1 erstatten.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
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
    <name>wk::SlaClocks</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>paused (customs hold): %1</source>
        <translation>pausiert (Zoll): %1</translation>
    </message>
    <message>
        <source>paused (on hold): %1</source>
        <translation>pausiert (angehalten): %1</translation>
    </message>
    <message>
        <source>Time in this stage</source>
        <translation>Zeit in dieser Phase</translation>
    </message>
    <message>
        <source>Delivery promise</source>
        <translation>Lieferversprechen</translation>
    </message>
    <message>
        <source>Exception response</source>
        <translation>Reaktion auf die Ausnahme</translation>
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
    <name>wk::TextPromptDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>wk::TrackingFixDialog</name>
    <message>
        <source>Fix the tracking number of %1</source>
        <translation>Sendungsnummer von %1 korrigieren</translation>
    </message>
    <message>
        <source>New tracking number</source>
        <translation>Neue Sendungsnummer</translation>
    </message>
    <message>
        <source>The number on the parcel&apos;s label</source>
        <translation>Die Nummer auf dem Paketetikett</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Versanddienst</translation>
    </message>
    <message>
        <source>As the number says</source>
        <translation>Wie die Nummer angibt</translation>
    </message>
    <message>
        <source>Tracking number check</source>
        <translation>Prüfung der Sendungsnummer</translation>
    </message>
    <message>
        <source>Other orders with this number</source>
        <translation>Andere Bestellungen mit dieser Nummer</translation>
    </message>
    <message>
        <source>Queue the fix</source>
        <translation>Korrektur einreihen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>Sendungsnummer:</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>Versanddienst:</translation>
    </message>
    <message>
        <source>Type the number exactly as it is printed on the label.</source>
        <translation>Geben Sie die Nummer genau so ein, wie sie auf dem Etikett steht.</translation>
    </message>
    <message>
        <source>✖ Not queued: %1</source>
        <translation>✖ Nicht eingereiht: %1</translation>
    </message>
    <message>
        <source>✔ A valid %1 number (%2).</source>
        <translation>✔ Eine gültige %1-Nummer (%2).</translation>
    </message>
    <message numerus="yes">
        <source>⚠ This number is already on %n other order(s): %1. A parcel cannot reach two customers; queue it only if the label really was reused.</source>
        <translation>
            <numerusform>⚠ Diese Nummer steht bereits auf %n anderen Bestellung: %1. Ein Paket kann nicht zwei Kunden erreichen; reihen Sie sie nur ein, wenn das Etikett wirklich wiederverwendet wurde.</numerusform>
            <numerusform>⚠ Diese Nummer steht bereits auf %n anderen Bestellungen: %1. Ein Paket kann nicht zwei Kunden erreichen; reihen Sie sie nur ein, wenn das Etikett wirklich wiederverwendet wurde.</numerusform>
        </translation>
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
