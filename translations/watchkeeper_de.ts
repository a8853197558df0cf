<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ScorecardSpec</name>
    <message>
        <source>A scorecard needs at least one criterion with a weight.</source>
        <translation>Eine Scorecard braucht mindestens ein gewichtetes Kriterium.</translation>
    </message>
    <message>
        <source>The weight of %1 is %2: weights cannot be negative.</source>
        <translation>Das Gewicht von %1 ist %2: Gewichte dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1 is weighted twice: give each criterion one weight.</source>
        <translation>%1 ist doppelt gewichtet: Geben Sie jedem Kriterium genau ein Gewicht.</translation>
    </message>
    <message>
        <source>%1 has the same value for a score of 0 and of 100.</source>
        <translation>%1 hat für die Punktzahl 0 und 100 denselben Wert.</translation>
    </message>
    <message>
        <source>%1 has a negative prior sample size.</source>
        <translation>%1 hat eine negative Vorab-Stichprobengröße.</translation>
    </message>
    <message>
        <source>The weights add up to %1, not 100. Change them so that they sum to exactly 100.</source>
        <translation>Die Gewichte ergeben zusammen %1, nicht 100. Ändern Sie sie so, dass die Summe genau 100 ist.</translation>
    </message>
    <message>
        <source>A scorecard needs at least one period.</source>
        <translation>Eine Scorecard braucht mindestens einen Zeitraum.</translation>
    </message>
    <message>
        <source>The decay per period must be above 0 and at most 1 (it is %1).</source>
        <translation>Der Abklingfaktor pro Zeitraum muss größer als 0 und höchstens 1 sein (er ist %1).</translation>
    </message>
    <message>
        <source>A scorecard needs standings that cover scores from 0 to 100.</source>
        <translation>Eine Scorecard braucht Einstufungen, die Punktzahlen von 0 bis 100 abdecken.</translation>
    </message>
    <message>
        <source>&quot;No data&quot; is not a band of scores: it is what a supplier without activity has.</source>
        <translation>„Keine Daten“ ist kein Punktebereich: So wird ein Lieferant ohne Aktivität eingestuft.</translation>
    </message>
    <message>
        <source>A standing starts at %1: bands must start between 0 and 100 (100 belongs to the top band).</source>
        <translation>Eine Einstufung beginnt bei %1: Bereiche müssen zwischen 0 und 100 beginnen (100 gehört zum obersten Bereich).</translation>
    </message>
    <message>
        <source>No standing covers scores from 0 to %1: the lowest band must start at 0.</source>
        <translation>Keine Einstufung deckt Punktzahlen von 0 bis %1 ab: Der unterste Bereich muss bei 0 beginnen.</translation>
    </message>
    <message>
        <source>Two standings start at the same score: each band needs its own lower bound.</source>
        <translation>Zwei Einstufungen beginnen bei derselben Punktzahl: Jeder Bereich braucht eine eigene Untergrenze.</translation>
    </message>
</context>
<context>
    <name>SupplierTexts</name>
    <message>
        <source>Pallet trader</source>
        <translation>Palettenhändler</translation>
    </message>
    <message>
        <source>Direct factory</source>
        <translation>Direktfabrik</translation>
    </message>
    <message>
        <source>1688 long tail</source>
        <translation>1688-Long-Tail</translation>
    </message>
    <message>
        <source>Pallet traders</source>
        <translation>Palettenhändler</translation>
    </message>
    <message>
        <source>Direct factories</source>
        <translation>Direktfabriken</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Pünktlich</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Mängel</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Vorlaufzeit</translation>
    </message>
    <message>
        <source>Media rejects</source>
        <translation>Abgelehnte Medien</translation>
    </message>
    <message>
        <source>Share of orders handed over on time.</source>
        <translation>Anteil der pünktlich übergebenen Bestellungen.</translation>
    </message>
    <message>
        <source>Quality complaints, damage and wrong items per order.</source>
        <translation>Qualitätsbeschwerden, Schäden und falsche Artikel je Bestellung.</translation>
    </message>
    <message>
        <source>Order exceptions of any kind per order.</source>
        <translation>Bestellausnahmen jeder Art je Bestellung.</translation>
    </message>
    <message>
        <source>Average hours from order to hand-over.</source>
        <translation>Durchschnittliche Stunden von der Bestellung bis zur Übergabe.</translation>
    </message>
    <message>
        <source>Share of the supplier&apos;s media rejected in review.</source>
        <translation>Anteil der Medien des Lieferanten, die in der Prüfung abgelehnt wurden.</translation>
    </message>
    <message numerus="yes">
        <source>%n media</source>
        <translation>
            <numerusform>%n Medium</numerusform>
            <numerusform>%n Medien</numerusform>
        </translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 Bestellung</translation>
    </message>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Invalid tracking</source>
        <translation>Ungültige Sendungsnummer</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Stillstand</translation>
    </message>
    <message>
        <source>Customs hold</source>
        <translation>Zollrückhalt</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>Zustellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Rücksendung unterwegs</translation>
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
        <translation>Annahme verweigert</translation>
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
        <source>QC failed at consolidation</source>
        <translation>QS bei der Konsolidierung nicht bestanden</translation>
    </message>
    <message>
        <source>Quality complaint</source>
        <translation>Qualitätsbeschwerde</translation>
    </message>
    <message>
        <source>Delivered, not received</source>
        <translation>Zugestellt, nicht erhalten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Demo platform</source>
        <translation>Demo-Plattform</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>There is no desk &quot;%1&quot;. The desks are: %2.</source>
        <translation>Es gibt keinen Arbeitsbereich „%1“. Die Arbeitsbereiche sind: %2.</translation>
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
    <message>
        <source>%1 in stage</source>
        <translation>%1 in dieser Phase</translation>
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
    <name>wk::ClearButton</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>wk::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type a command…</source>
        <translation>Befehl eingeben…</translation>
    </message>
    <message>
        <source>Command filter</source>
        <translation>Befehlsfilter</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
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
        <source>The command %1 is not waiting for a decision any more.</source>
        <translation>Der Befehl %1 wartet nicht mehr auf eine Entscheidung.</translation>
    </message>
    <message>
        <source>The reveal could not be written to the journal: %1</source>
        <translation>Die Offenlegung konnte nicht ins Journal geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>wk::ConflictDiff</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Übernahme</translation>
    </message>
    <message>
        <source>Release claim</source>
        <translation>Übernahme freigeben</translation>
    </message>
    <message>
        <source>Review decision</source>
        <translation>Prüfentscheidung</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Prüfnotiz</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Reship</source>
        <translation>Neuversand</translation>
    </message>
    <message>
        <source>Hold order</source>
        <translation>Bestellung anhalten</translation>
    </message>
    <message>
        <source>Release order</source>
        <translation>Bestellung freigeben</translation>
    </message>
    <message>
        <source>Order note</source>
        <translation>Bestellnotiz</translation>
    </message>
    <message>
        <source>Resolve exception</source>
        <translation>Ausnahme lösen</translation>
    </message>
    <message>
        <source>Escalate exception</source>
        <translation>Ausnahme eskalieren</translation>
    </message>
    <message>
        <source>Exception note</source>
        <translation>Ausnahmenotiz</translation>
    </message>
    <message>
        <source>Supplier tier</source>
        <translation>Lieferantenstufe</translation>
    </message>
    <message>
        <source>Suspend supplier</source>
        <translation>Lieferant sperren</translation>
    </message>
    <message>
        <source>Reinstate supplier</source>
        <translation>Lieferant wieder zulassen</translation>
    </message>
    <message>
        <source>Supplier note</source>
        <translation>Lieferantennotiz</translation>
    </message>
    <message>
        <source>deleted on the platform</source>
        <translation>auf der Plattform gelöscht</translation>
    </message>
    <message>
        <source>Another supervisor holds this item. Accept theirs, or wait until the lease ends and send yours again.</source>
        <translation>Eine andere Aufsicht hält diesen Eintrag. Übernehmen Sie deren Stand oder warten Sie, bis die Übernahme abläuft, und senden Sie Ihren erneut.</translation>
    </message>
    <message>
        <source>Someone changed or decided this item after you saw it. Compare theirs with yours, then accept theirs or send yours again against their version.</source>
        <translation>Jemand hat diesen Eintrag geändert oder entschieden, nachdem Sie ihn gesehen haben. Vergleichen Sie beide Stände und übernehmen Sie den der Plattform oder senden Sie Ihren gegen deren Version erneut.</translation>
    </message>
    <message>
        <source>The platform no longer has this item. Discard your command.</source>
        <translation>Die Plattform hat diesen Eintrag nicht mehr. Verwerfen Sie Ihren Befehl.</translation>
    </message>
    <message>
        <source>The item is no longer in a state that allows this command. Accept theirs or discard yours.</source>
        <translation>Der Eintrag ist nicht mehr in einem Zustand, der diesen Befehl erlaubt. Übernehmen Sie den Stand der Plattform oder verwerfen Sie Ihren.</translation>
    </message>
    <message>
        <source>The platform refused the command&apos;s content. Discard it and make the decision again.</source>
        <translation>Die Plattform hat den Inhalt des Befehls abgelehnt. Verwerfen Sie ihn und treffen Sie die Entscheidung erneut.</translation>
    </message>
    <message>
        <source>The platform did not accept the tracking number. Discard this command and enter the number again.</source>
        <translation>Die Plattform hat die Sendungsnummer nicht angenommen. Verwerfen Sie diesen Befehl und geben Sie die Nummer erneut ein.</translation>
    </message>
    <message>
        <source>The refund&apos;s currency is not the order&apos;s. Discard it and refund in the order&apos;s currency.</source>
        <translation>Die Währung der Erstattung ist nicht die der Bestellung. Verwerfen Sie sie und erstatten Sie in der Währung der Bestellung.</translation>
    </message>
    <message>
        <source>The refund is larger than the order&apos;s total. Discard it and refund a smaller amount.</source>
        <translation>Die Erstattung ist höher als die Bestellsumme. Verwerfen Sie sie und erstatten Sie einen kleineren Betrag.</translation>
    </message>
    <message>
        <source>The platform knows this command&apos;s id with other content. Send it again (it gets a new id) or discard it.</source>
        <translation>Die Plattform kennt die ID dieses Befehls mit anderem Inhalt. Senden Sie ihn erneut (er erhält eine neue ID) oder verwerfen Sie ihn.</translation>
    </message>
    <message>
        <source>The platform&apos;s item differs from what you saw. Compare, then accept theirs or send yours again.</source>
        <translation>Der Eintrag auf der Plattform weicht von dem ab, was Sie gesehen haben. Vergleichen Sie und übernehmen Sie deren Stand oder senden Sie Ihren erneut.</translation>
    </message>
    <message>
        <source>The platform refused this command. Discard it, or send it again if the cause is gone.</source>
        <translation>Die Plattform hat diesen Befehl abgelehnt. Verwerfen Sie ihn oder senden Sie ihn erneut, wenn die Ursache behoben ist.</translation>
    </message>
    <message>
        <source>%1 (The platform says: %2)</source>
        <translation>%1 (Die Plattform meldet: %2)</translation>
    </message>
</context>
<context>
    <name>wk::ConflictListModel</name>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
</context>
<context>
    <name>wk::ConflictsView</name>
    <message>
        <source>Conflicts and rejections</source>
        <translation>Konflikte und Ablehnungen</translation>
    </message>
    <message>
        <source>Nothing needs you</source>
        <translation>Nichts wartet auf Sie</translation>
    </message>
    <message>
        <source>When the platform answers a decision with a conflict or a rejection, it waits here until you settle it.</source>
        <translation>Beantwortet die Plattform eine Entscheidung mit einem Konflikt oder einer Ablehnung, wartet sie hier, bis Sie sie klären.</translation>
    </message>
    <message>
        <source>Theirs beside mine, field by field</source>
        <translation>Stand der Plattform neben meinem, Feld für Feld</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Theirs (the platform now)</source>
        <translation>Plattform (aktuell)</translation>
    </message>
    <message>
        <source>Mine (my command)</source>
        <translation>Meins (mein Befehl)</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>&amp;Accept theirs</source>
        <translation>Plattform-Stand &amp;übernehmen</translation>
    </message>
    <message>
        <source>Accept theirs</source>
        <translation>Plattform-Stand übernehmen</translation>
    </message>
    <message>
        <source>Keep the platform&apos;s version and drop my command (kept in the journal).</source>
        <translation>Den Stand der Plattform behalten und meinen Befehl fallen lassen (bleibt im Journal).</translation>
    </message>
    <message>
        <source>&amp;Send mine again</source>
        <translation>Meinen erneut &amp;senden</translation>
    </message>
    <message>
        <source>Send mine again</source>
        <translation>Meinen erneut senden</translation>
    </message>
    <message>
        <source>Send my command again under a new command id, against the platform&apos;s current version.</source>
        <translation>Meinen Befehl mit neuer Befehls-ID gegen die aktuelle Version der Plattform erneut senden.</translation>
    </message>
    <message>
        <source>&amp;Discard mine</source>
        <translation>Meinen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Discard mine</source>
        <translation>Meinen verwerfen</translation>
    </message>
    <message>
        <source>Drop my command without accepting anything (kept in the journal).</source>
        <translation>Meinen Befehl fallen lassen, ohne etwas zu übernehmen (bleibt im Journal).</translation>
    </message>
    <message>
        <source>Conflicts and rejections: %1</source>
        <translation>Konflikte und Ablehnungen: %1</translation>
    </message>
    <message>
        <source>The conflicts could not be read from the local cache: %1</source>
        <translation>Die Konflikte konnten nicht aus dem lokalen Cache gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 on %2: conflict.</source>
        <translation>%1 zu %2: Konflikt.</translation>
    </message>
    <message>
        <source>%1 on %2: rejected.</source>
        <translation>%1 zu %2: abgelehnt.</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>abweichend</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Accepted theirs for %1: my %2 is dropped and kept in the journal.</source>
        <translation>Plattform-Stand für %1 übernommen: mein Befehl (%2) ist verworfen und im Journal festgehalten.</translation>
    </message>
    <message>
        <source>My %1 for %2 is sent again under a new command id, against version %3.</source>
        <translation>Mein Befehl (%1) für %2 wird mit neuer Befehls-ID gegen Version %3 erneut gesendet.</translation>
    </message>
    <message>
        <source>Discarded my %1 for %2; it is kept in the journal.</source>
        <translation>Mein Befehl (%1) für %2 ist verworfen; er bleibt im Journal.</translation>
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
    <name>wk::ConnectionTester</name>
    <message>
        <source>Enter your supervisor token: the platform gives every supervisor one.</source>
        <translation>Geben Sie Ihr Aufsichts-Token ein: Die Plattform gibt jeder Aufsicht eines.</translation>
    </message>
    <message>
        <source>Asking %1 whether it is a Watchkeeper platform…</source>
        <translation>%1 wird gefragt, ob es eine Watchkeeper-Plattform ist …</translation>
    </message>
    <message>
        <source>%1 is a Watchkeeper platform but reports that it is not working (status &quot;%2&quot;). Try again later or tell the platform&apos;s operators.</source>
        <translation>%1 ist eine Watchkeeper-Plattform, meldet aber, dass sie nicht funktioniert (Status „%2“). Versuchen Sie es später erneut oder informieren Sie den Betrieb der Plattform.</translation>
    </message>
    <message>
        <source>Checking your token with %1…</source>
        <translation>Ihr Token wird bei %1 geprüft …</translation>
    </message>
    <message>
        <source>Connected to %1 as %2 (platform version %3).</source>
        <translation>Mit %1 als %2 verbunden (Plattformversion %3).</translation>
    </message>
    <message>
        <source>The name %1 was not found (DNS): check the address for typing errors, and that this computer is online.</source>
        <translation>Der Name %1 wurde nicht gefunden (DNS): Prüfen Sie die Adresse auf Tippfehler und ob dieser Computer online ist.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens there. Check the port, and that the platform is running.</source>
        <translation>%1 hat die Verbindung abgelehnt: Dort wartet nichts. Prüfen Sie den Port und ob die Plattform läuft.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: %2. Check that the address is right and that the platform&apos;s certificate is valid and trusted.</source>
        <translation>Die sichere Verbindung (TLS) zu %1 ist fehlgeschlagen: %2. Prüfen Sie, ob die Adresse stimmt und das Zertifikat der Plattform gültig und vertrauenswürdig ist.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: the server closed the connection during the handshake. Check whether the address should start with http:// or use another port.</source>
        <translation>Die sichere Verbindung (TLS) zu %1 ist fehlgeschlagen: Der Server hat die Verbindung beim Handshake geschlossen. Prüfen Sie, ob die Adresse mit http:// beginnen oder einen anderen Port verwenden sollte.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering: check the address and the port.</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen: Prüfen Sie Adresse und Port.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2.</source>
        <translation>%1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>%1 refused the token (401): check that you copied it completely, or ask for a new one.</source>
        <translation>%1 hat das Token abgelehnt (401): Prüfen Sie, ob Sie es vollständig kopiert haben, oder fordern Sie ein neues an.</translation>
    </message>
    <message>
        <source>%1 answers, but not like a Watchkeeper platform: check the address (it is the platform&apos;s, not its website&apos;s).</source>
        <translation>%1 antwortet, aber nicht wie eine Watchkeeper-Plattform: Prüfen Sie die Adresse (die der Plattform, nicht die ihrer Website).</translation>
    </message>
    <message>
        <source>%1 answers with error %2: the platform has trouble. Try again later.</source>
        <translation>%1 antwortet mit Fehler %2: Die Plattform hat Probleme. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 answers with HTTP %2 to %3, so it is not a Watchkeeper platform: check the address.</source>
        <translation>%1 antwortet auf %3 mit HTTP %2, ist also keine Watchkeeper-Plattform: Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2 s): check the address, or try again when the network is better.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet (%2 s): Prüfen Sie die Adresse oder versuchen Sie es bei besserem Netz erneut.</translation>
    </message>
</context>
<context>
    <name>wk::CopyDiffView</name>
    <message>
        <source>Changes since the previous version</source>
        <translation>Änderungen seit der vorigen Fassung</translation>
    </message>
    <message>
        <source>There is no previous version of this text.</source>
        <translation>Von diesem Text gibt es keine vorige Fassung.</translation>
    </message>
    <message>
        <source>Struck through: removed since the previous version (%1 words). Underlined: added (%2 words).</source>
        <translation>Durchgestrichen: seit der vorigen Fassung entfernt (%1 Wörter). Unterstrichen: hinzugefügt (%2 Wörter).</translation>
    </message>
</context>
<context>
    <name>wk::CopyFindingText</name>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Zertifizierungen</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <source>✖ Must fix</source>
        <translation>✖ Muss behoben werden</translation>
    </message>
    <message>
        <source>⚠ Check</source>
        <translation>⚠ Prüfen</translation>
    </message>
    <message>
        <source>Claims “%1”, but the product is made of %2.</source>
        <translation>Behauptet „%1“, das Produkt besteht aber aus %2.</translation>
    </message>
    <message>
        <source>Claims the %1 mark, but the product&apos;s certifications are: %2.</source>
        <translation>Behauptet das Zeichen %1, die Zertifizierungen des Produkts sind aber: %2.</translation>
    </message>
    <message>
        <source>Medical claim “%1”: not allowed for a consumer product. Remove it.</source>
        <translation>Heilversprechen „%1“: bei einem Verbraucherprodukt nicht erlaubt. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>Absolute claim “%1”: allowed only with proof the attributes do not give.</source>
        <translation>Absolute Aussage „%1“: nur mit einem Nachweis erlaubt, den die Attribute nicht liefern.</translation>
    </message>
    <message>
        <source>Environmental claim “%1”: needs evidence the attributes do not give.</source>
        <translation>Umweltaussage „%1“: braucht einen Nachweis, den die Attribute nicht liefern.</translation>
    </message>
    <message>
        <source>Names the brand “%1”: a trademark risk. Remove it.</source>
        <translation>Nennt die Marke „%1“: ein Markenrechtsrisiko. Entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Says %1, but the attributes say %2.</source>
        <translation>Nennt %1, die Attribute sagen aber %2.</translation>
    </message>
    <message>
        <source>%1 is missing from the text; the attributes say %2.</source>
        <translation>%1 fehlt im Text; laut Attributen: %2.</translation>
    </message>
</context>
<context>
    <name>wk::CopyPane</name>
    <message>
        <source>Copy review</source>
        <translation>Prüfung des Textes</translation>
    </message>
    <message>
        <source>Changes since the previous version</source>
        <translation>Änderungen seit der vorigen Fassung</translation>
    </message>
    <message>
        <source>Source attributes</source>
        <translation>Quellattribute</translation>
    </message>
    <message>
        <source>Text (edit it to correct)</source>
        <translation>Text (zum Korrigieren bearbeiten)</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Produkttext</translation>
    </message>
    <message>
        <source>Revert edits</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Go back to the text as the generator wrote it</source>
        <translation>Zum Text zurückkehren, wie der Generator ihn geschrieben hat</translation>
    </message>
    <message>
        <source>Copy check findings</source>
        <translation>Befunde der Textprüfung</translation>
    </message>
    <message>
        <source>an unknown language</source>
        <translation>eine unbekannte Sprache</translation>
    </message>
    <message>
        <source>Copy for %1 (%2) — %3 %4</source>
        <translation>Text auf %1 (%2) — %3 %4</translation>
    </message>
    <message>
        <source>This item has no text to review. Reject it, or ask for it to be regenerated.</source>
        <translation>Dieser Eintrag hat keinen Text zum Prüfen. Lehnen Sie ihn ab oder lassen Sie ihn neu erzeugen.</translation>
    </message>
    <message>
        <source>No item selected.</source>
        <translation>Kein Eintrag ausgewählt.</translation>
    </message>
    <message>
        <source>The product&apos;s attributes are not in the cache yet: only the claims that need no attributes are checked.</source>
        <translation>Die Attribute des Produkts sind noch nicht im Cache: Geprüft werden nur Aussagen, für die keine Attribute nötig sind.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Checks: nothing found</source>
        <translation>Prüfungen: nichts gefunden</translation>
    </message>
    <message>
        <source>Checks: %1 to look at</source>
        <translation>Prüfungen: %1 anzusehen</translation>
    </message>
    <message>
        <source>✎ Edited: a “correct” decision sends this text.</source>
        <translation>✎ Bearbeitet: Eine Entscheidung „Korrigieren“ sendet diesen Text.</translation>
    </message>
    <message>
        <source>Changes since the previous version: %1 words removed, %2 added</source>
        <translation>Änderungen seit der vorigen Fassung: %1 Wörter entfernt, %2 hinzugefügt</translation>
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
    <name>wk::DefectTags</name>
    <message>
        <source>Artefact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>Wrong product</source>
        <translation>Falsches Produkt</translation>
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
        <source>Claim not backed by the attributes</source>
        <translation>Aussage nicht durch die Attribute gedeckt</translation>
    </message>
    <message>
        <source>Forbidden or risky claim</source>
        <translation>Verbotene oder riskante Aussage</translation>
    </message>
    <message>
        <source>Certification not held</source>
        <translation>Zertifizierung nicht vorhanden</translation>
    </message>
    <message>
        <source>Number disagrees with the attributes</source>
        <translation>Zahl widerspricht den Attributen</translation>
    </message>
    <message>
        <source>Required field missing</source>
        <translation>Pflichtangabe fehlt</translation>
    </message>
    <message>
        <source>Trademark risk</source>
        <translation>Markenrechtsrisiko</translation>
    </message>
    <message>
        <source>Low AI confidence</source>
        <translation>Geringe KI-Zuversicht</translation>
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
        <source>Status</source>
        <translation>Status</translation>
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
    <message>
        <source>Exceptions (counting…)</source>
        <translation>Ausnahmen (wird gezählt …)</translation>
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
    <name>wk::FulfilmentHistory</name>
    <message>
        <source>%1 by %2</source>
        <comment>an action by a supervisor</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>an unreadable amount</source>
        <translation>ein unlesbarer Betrag</translation>
    </message>
    <message>
        <source>full refund</source>
        <translation>volle Erstattung</translation>
    </message>
    <message>
        <source>partial refund</source>
        <translation>Teilerstattung</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2 · reason: %3</source>
        <translation>%1, %2 · Grund: %3</translation>
    </message>
    <message>
        <source>new tracking number %1</source>
        <translation>neue Sendungsnummer %1</translation>
    </message>
    <message>
        <source>new tracking number %1 (%2)</source>
        <translation>neue Sendungsnummer %1 (%2)</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>resolution: %1</source>
        <translation>Lösung: %1</translation>
    </message>
    <message>
        <source>%1 pending, not yet confirmed by the platform</source>
        <translation>%1 ausstehend, von der Plattform noch nicht bestätigt</translation>
    </message>
    <message>
        <source>Customer data revealed</source>
        <translation>Kundendaten aufgedeckt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <message>
        <source>applied by the platform (confirmed on a retry)</source>
        <translation>von der Plattform übernommen (bei einer Wiederholung bestätigt)</translation>
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
    <name>wk::ImageCanvas</name>
    <message>
        <source>untagged</source>
        <translation>ohne Kennzeichnung</translation>
    </message>
    <message>
        <source>%1 (AI)</source>
        <translation>%1 (KI)</translation>
    </message>
    <message>
        <source>⚠ Cannot show this media
%1</source>
        <translation>⚠ Dieses Medium kann nicht angezeigt werden
%1</translation>
    </message>
</context>
<context>
    <name>wk::ImagePane</name>
    <message>
        <source>Image review</source>
        <translation>Bildprüfung</translation>
    </message>
    <message>
        <source>Generated image</source>
        <translation>Erzeugtes Bild</translation>
    </message>
    <message>
        <source>Supplier&apos;s source photo</source>
        <translation>Originalfoto des Lieferanten</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit to view</source>
        <translation>In Ansicht einpassen</translation>
    </message>
    <message>
        <source>Show the whole image (0)</source>
        <translation>Ganzes Bild zeigen (0)</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Zoomstufe</translation>
    </message>
    <message>
        <source>Add region</source>
        <translation>Bereich hinzufügen</translation>
    </message>
    <message>
        <source>Add a region in the middle of the view (Insert), or drag on the image</source>
        <translation>Einen Bereich in der Mitte der Ansicht hinzufügen (Einfg) oder auf dem Bild aufziehen</translation>
    </message>
    <message>
        <source>Defect tag:</source>
        <translation>Mangel:</translation>
    </message>
    <message>
        <source>Defect tag</source>
        <translation>Mangel</translation>
    </message>
    <message>
        <source>Defect tags</source>
        <translation>Mängel</translation>
    </message>
    <message>
        <source>The tag of the selected region and of new ones; type your own for a defect not in the list</source>
        <translation>Die Kennzeichnung des gewählten und neuer Bereiche; für einen Mangel, der nicht in der Liste steht, eigenen Text eingeben</translation>
    </message>
    <message>
        <source>Delete region</source>
        <translation>Bereich löschen</translation>
    </message>
    <message>
        <source>Delete the selected region (Delete)</source>
        <translation>Den gewählten Bereich löschen (Entf)</translation>
    </message>
    <message>
        <source>Keys: +/− zoom, 0 fit, arrows pan, Insert add, [ ] select, Shift+arrows move, Ctrl+arrows resize, Delete remove</source>
        <translation>Tasten: +/− Zoom, 0 einpassen, Pfeile verschieben die Ansicht, Einfg hinzufügen, [ ] auswählen, Umschalt+Pfeile bewegen, Strg+Pfeile Größe ändern, Entf löschen</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Regions on the generated image</source>
        <translation>Bereiche auf dem erzeugten Bild</translation>
    </message>
    <message>
        <source>How it was generated</source>
        <translation>Wie es erzeugt wurde</translation>
    </message>
    <message>
        <source>Generator metadata</source>
        <translation>Metadaten des Generators</translation>
    </message>
    <message>
        <source>Generated image — %1</source>
        <translation>Erzeugtes Bild — %1</translation>
    </message>
    <message>
        <source>Supplier&apos;s source photo — %1</source>
        <translation>Originalfoto des Lieferanten — %1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>The supplier sent no source photo for this product.</source>
        <translation>Der Lieferant hat für dieses Produkt kein Originalfoto geschickt.</translation>
    </message>
    <message>
        <source>No item selected.</source>
        <translation>Kein Eintrag ausgewählt.</translation>
    </message>
    <message>
        <source>untagged</source>
        <translation>ohne Kennzeichnung</translation>
    </message>
    <message>
        <source>%1 · %2 · suspected by the AI</source>
        <translation>%1 · %2 · von der KI vermutet</translation>
    </message>
    <message>
        <source>%1 · %2 · yours</source>
        <translation>%1 · %2 · von Ihnen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Media variant</source>
        <translation>Medienvariante</translation>
    </message>
    <message>
        <source>Data set seed</source>
        <translation>Seed des Datensatzes</translation>
    </message>
    <message>
        <source>AI confidence</source>
        <translation>KI-Zuversicht</translation>
    </message>
    <message>
        <source>Flagged for</source>
        <translation>Markiert wegen</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>%1 × %2 px, %3, %4 KB</source>
        <translation>%1 × %2 px, %3, %4 KB</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
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
        <source>%Ln entries shown (newest first, at most 5,000)</source>
        <translation>
            <numerusform>%Ln Eintrag angezeigt (neueste zuerst, höchstens 5.000)</numerusform>
            <numerusform>%Ln Einträge angezeigt (neueste zuerst, höchstens 5.000)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
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
    <message>
        <source>&amp;Export Settings…</source>
        <translation>Einstellungen &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import Settings…</source>
        <translation>Einstellungen &amp;importieren…</translation>
    </message>
    <message>
        <source>%1 Shortcut: %2</source>
        <translation>%1 Tastenkürzel: %2</translation>
    </message>
    <message>
        <source>Export Settings</source>
        <translation>Einstellungen exportieren</translation>
    </message>
    <message>
        <source>Watchkeeper settings (*.json)</source>
        <translation>Watchkeeper-Einstellungen (*.json)</translation>
    </message>
    <message>
        <source>Settings exported to %1 (without tokens or window positions).</source>
        <translation>Einstellungen nach %1 exportiert (ohne Tokens und Fensterpositionen).</translation>
    </message>
    <message>
        <source>Import Settings</source>
        <translation>Einstellungen importieren</translation>
    </message>
    <message>
        <source>Settings imported from %1.</source>
        <translation>Einstellungen aus %1 importiert.</translation>
    </message>
</context>
<context>
    <name>wk::MediaCheck</name>
    <message>
        <source>The media file for %1 is missing: it is not in the local cache. Reject the item as &quot;media broken&quot;, or wait for the download to be retried.</source>
        <translation>Die Mediendatei für %1 fehlt: Sie ist nicht im lokalen Cache. Lehnen Sie den Eintrag mit „Medium defekt“ ab oder warten Sie, bis der Download erneut versucht wird.</translation>
    </message>
    <message>
        <source>This item has no media attached. Reject it as &quot;media broken&quot; or escalate it.</source>
        <translation>An diesem Eintrag hängt kein Medium. Lehnen Sie ihn mit „Medium defekt“ ab oder eskalieren Sie ihn.</translation>
    </message>
    <message>
        <source>The media file for %1 cannot be decoded (%2). Reject the item as &quot;media broken&quot;.</source>
        <translation>Die Mediendatei für %1 kann nicht dekodiert werden (%2). Lehnen Sie den Eintrag mit „Medium defekt“ ab.</translation>
    </message>
    <message>
        <source>The media file for %1 is of a type this console cannot show (%2). Reject the item as &quot;media broken&quot;, or escalate it.</source>
        <translation>Die Mediendatei für %1 hat einen Typ, den diese Konsole nicht anzeigen kann (%2). Lehnen Sie den Eintrag mit „Medium defekt“ ab oder eskalieren Sie ihn.</translation>
    </message>
    <message>
        <source>The media file for %1 could not be fetched: %2</source>
        <translation>Die Mediendatei für %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>The media file for %1 is corrupt: its checksum does not match the one the platform published (expected %2…, found %3…). Reject the item as &quot;media broken&quot;, or clear it from the cache so it is downloaded again.</source>
        <translation>Die Mediendatei für %1 ist beschädigt: Ihre Prüfsumme stimmt nicht mit der von der Plattform veröffentlichten überein (erwartet %2 …, gefunden %3 …). Lehnen Sie den Eintrag mit „Medium defekt“ ab oder entfernen Sie die Datei aus dem Cache, damit sie neu geladen wird.</translation>
    </message>
    <message>
        <source>its bytes are %1, not %2</source>
        <translation>ihr Inhalt ist %1, nicht %2</translation>
    </message>
</context>
<context>
    <name>wk::MediaFetcher</name>
    <message>
        <source>The platform gave the media %1 no valid checksum, so it cannot be checked and is not downloaded.</source>
        <translation>Die Plattform hat für das Medium %1 keine gültige Prüfsumme angegeben; es kann nicht geprüft werden und wird nicht heruntergeladen.</translation>
    </message>
    <message>
        <source>The media %1 is %2 MB, more than the %3 MB this console downloads.</source>
        <translation>Das Medium %1 ist %2 MB groß, mehr als die %3 MB, die diese Konsole herunterlädt.</translation>
    </message>
    <message>
        <source>The media %1 is not on this computer and the console is not connected to a platform.</source>
        <translation>Das Medium %1 ist nicht auf diesem Computer, und die Konsole ist mit keiner Plattform verbunden.</translation>
    </message>
    <message>
        <source>The media folder %1 cannot be created.</source>
        <translation>Der Medienordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The media file %1 cannot be written: %2</source>
        <translation>Die Mediendatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The platform sent more bytes for the media %1 than it announced; the download was stopped.</source>
        <translation>Die Plattform hat für das Medium %1 mehr Bytes gesendet als angekündigt; der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The media file could not be written (%1). Is the disk full?</source>
        <translation>Die Mediendatei konnte nicht geschrieben werden (%1). Ist der Datenträger voll?</translation>
    </message>
    <message>
        <source>the platform did not accept the token</source>
        <translation>die Plattform hat das Token nicht akzeptiert</translation>
    </message>
    <message>
        <source>the platform has no such media</source>
        <translation>die Plattform kennt dieses Medium nicht</translation>
    </message>
    <message>
        <source>the partial download no longer matches the file</source>
        <translation>der teilweise Download passt nicht mehr zur Datei</translation>
    </message>
    <message>
        <source>The media %1 could not be downloaded: %2.</source>
        <translation>Das Medium %1 konnte nicht heruntergeladen werden: %2.</translation>
    </message>
    <message>
        <source>The platform answered the media request for %1 with something else than the file (HTTP %2).</source>
        <translation>Die Plattform hat die Anfrage nach dem Medium %1 mit etwas anderem als der Datei beantwortet (HTTP %2).</translation>
    </message>
    <message>
        <source>The media %1 arrived damaged (its checksum does not match), so it was discarded; it will be downloaded again next time.</source>
        <translation>Das Medium %1 kam beschädigt an (die Prüfsumme stimmt nicht) und wurde verworfen; es wird beim nächsten Mal erneut heruntergeladen.</translation>
    </message>
    <message>
        <source>The media file %1 could not be moved into place: %2</source>
        <translation>Die Mediendatei %1 konnte nicht an ihren Platz verschoben werden: %2</translation>
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
    <message>
        <source>%1: %2. The guarantee will probably pay for it.</source>
        <translation>%1: %2. Die Garantie wird dafür wahrscheinlich zahlen.</translation>
    </message>
    <message>
        <source>The newest: %1 (%2).</source>
        <translation>Die neueste: %1 (%2).</translation>
    </message>
    <message>
        <source>%1 review items and %2 exceptions are due within 15 minutes.</source>
        <translation>%1 Prüfeinträge und %2 Ausnahmen sind in 15 Minuten fällig.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new urgent exception(s)</source>
        <translation>
            <numerusform>%Ln neue dringende Ausnahme</numerusform>
            <numerusform>%Ln neue dringende Ausnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) about to breach the SLA</source>
        <translation>
            <numerusform>%Ln Eintrag kurz vor SLA-Überschreitung</numerusform>
            <numerusform>%Ln Einträge kurz vor SLA-Überschreitung</numerusform>
        </translation>
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
        <source>✔ Resolved: %1</source>
        <translation>✔ Erledigt: %1</translation>
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
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>⏳ %1</source>
        <translation>⏳ %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
    <message>
        <source>Orders that left the happy path. Opens the Fulfilment desk.</source>
        <translation>Bestellungen, die vom Normalfall abgewichen sind. Öffnet die Abwicklung.</translation>
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
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln wartet</numerusform>
            <numerusform>%Ln warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln breached</source>
        <translation>
            <numerusform>%Ln überschritten</numerusform>
            <numerusform>%Ln überschritten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln offen</numerusform>
            <numerusform>%Ln offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln urgent</source>
        <translation>
            <numerusform>%Ln dringend</numerusform>
            <numerusform>%Ln dringend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln full refund(s)</source>
        <translation>
            <numerusform>%Ln volle Erstattung</numerusform>
            <numerusform>%Ln volle Erstattungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) at risk since %1</source>
        <translation>
            <numerusform>%Ln Bestellung gefährdet seit %1</numerusform>
            <numerusform>%Ln Bestellungen gefährdet seit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Judged once synced</source>
        <translation>Bewertung nach dem Abgleich</translation>
    </message>
    <message>
        <source>The first sync is still bringing items in: the rates are not compared with their bands until it has caught up.</source>
        <translation>Der erste Abgleich bringt noch Einträge: Die Quoten werden erst mit ihren Bereichen verglichen, wenn er aufgeholt hat.</translation>
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
    <name>wk::ProblemBanner</name>
    <message>
        <source>Media problem</source>
        <translation>Problem mit dem Medium</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
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
    <name>wk::ReviewConflictBanner</name>
    <message>
        <source>Next item</source>
        <translation>Nächstes Element</translation>
    </message>
    <message>
        <source>Keep looking</source>
        <translation>Weiter ansehen</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Go to the next item</source>
        <translation>Zum nächsten Element wechseln</translation>
    </message>
    <message>
        <source>Hide the conflict notice</source>
        <translation>Konflikthinweis ausblenden</translation>
    </message>
    <message>
        <source>⚠ %1 If you decide it anyway, your decision is kept as a conflict for you to settle on the Sync desk — it is not lost.</source>
        <translation>⚠ %1 Wenn Sie trotzdem entscheiden, wird Ihre Entscheidung als Konflikt aufbewahrt, den Sie im Abgleich klären können – sie geht nicht verloren.</translation>
    </message>
</context>
<context>
    <name>wk::ReviewDecider</name>
    <message numerus="yes">
        <source>Approved %n items</source>
        <translation>
            <numerusform>%n Element freigegeben</numerusform>
            <numerusform>%n Elemente freigegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n items</source>
        <translation>
            <numerusform>%n Element abgelehnt</numerusform>
            <numerusform>%n Elemente abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked to regenerate %n items</source>
        <translation>
            <numerusform>Neugenerierung für %n Element angefordert</numerusform>
            <numerusform>Neugenerierung für %n Elemente angefordert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Corrected %n items</source>
        <translation>
            <numerusform>%n Element korrigiert</numerusform>
            <numerusform>%n Elemente korrigiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Escalated %n items</source>
        <translation>
            <numerusform>%n Element eskaliert</numerusform>
            <numerusform>%n Elemente eskaliert</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved %1</source>
        <translation>%1 freigegeben</translation>
    </message>
    <message>
        <source>Rejected %1</source>
        <translation>%1 abgelehnt</translation>
    </message>
    <message>
        <source>Asked to regenerate %1</source>
        <translation>Neugenerierung für %1 angefordert</translation>
    </message>
    <message>
        <source>Corrected %1</source>
        <translation>%1 korrigiert</translation>
    </message>
    <message>
        <source>Escalated %1</source>
        <translation>%1 eskaliert</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 undoes it for %n seconds</source>
        <translation>
            <numerusform>%1 – %2 macht es %n Sekunde lang rückgängig</numerusform>
            <numerusform>%1 – %2 macht es %n Sekunden lang rückgängig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — sent to the platform</source>
        <translation>%1 – an die Plattform gesendet</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Undone: %1. The item is open again.</source>
        <translation>Rückgängig gemacht: %1. Das Element ist wieder offen.</translation>
    </message>
    <message>
        <source>Too late to undo: %1 has already been sent to the platform. The platform has no command that reverses a decision; ask a lead to reopen the item if it was wrong.</source>
        <translation>Zu spät zum Rückgängigmachen: %1 wurde bereits an die Plattform gesendet. Die Plattform hat keinen Befehl, der eine Entscheidung umkehrt; bitten Sie eine Leitung, das Element wieder zu öffnen, falls die Entscheidung falsch war.</translation>
    </message>
    <message>
        <source>Partly undone: %1 of %2 decisions withdrawn; the others had already been sent and cannot be reversed.</source>
        <translation>Teilweise rückgängig gemacht: %1 von %2 Entscheidungen zurückgezogen; die übrigen waren bereits gesendet und können nicht umgekehrt werden.</translation>
    </message>
</context>
<context>
    <name>wk::ReviewDecisionPrompt</name>
    <message>
        <source>Decision details</source>
        <translation>Details der Entscheidung</translation>
    </message>
    <message>
        <source>Regeneration note</source>
        <translation>Hinweis zur Neugenerierung</translation>
    </message>
    <message>
        <source>What should the generator do differently? Enter sends, Esc cancels.</source>
        <translation>Was soll der Generator anders machen? Eingabe sendet, Esc bricht ab.</translation>
    </message>
    <message>
        <source>media broken or missing</source>
        <translation>Medien defekt oder fehlend</translation>
    </message>
    <message>
        <source>Reject %1 — why? Press 1–9, Esc cancels.</source>
        <translation>%1 ablehnen – warum? Drücken Sie 1–9, Esc bricht ab.</translation>
    </message>
    <message>
        <source>Regenerate %1 — with a note for the generator:</source>
        <translation>%1 neu generieren – mit einem Hinweis für den Generator:</translation>
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
    <message>
        <source>Review queue</source>
        <translation>Prüfungswarteschlange</translation>
    </message>
    <message>
        <source>No item open</source>
        <translation>Kein Element geöffnet</translation>
    </message>
    <message>
        <source>Claim lease</source>
        <translation>Übernahmefrist</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>This session: items decided, per hour, and the median time per item.</source>
        <translation>Diese Sitzung: entschiedene Elemente, pro Stunde und mittlere Zeit pro Element.</translation>
    </message>
    <message>
        <source>A correction carries one item&apos;s edited text: open a single copy item to correct it.</source>
        <translation>Eine Korrektur enthält den bearbeiteten Text eines Elements: Öffnen Sie ein einzelnes Textelement, um es zu korrigieren.</translation>
    </message>
    <message>
        <source>Only copy can be corrected here; reject an image or a video, or ask to regenerate it.</source>
        <translation>Hier können nur Texte korrigiert werden; lehnen Sie ein Bild oder Video ab oder fordern Sie eine Neugenerierung an.</translation>
    </message>
    <message>
        <source>Edit the text in the item pane first: a correction carries the edited text.</source>
        <translation>Bearbeiten Sie zuerst den Text im Elementbereich: Eine Korrektur enthält den bearbeiteten Text.</translation>
    </message>
    <message>
        <source>%1 · %2 — %3: %4</source>
        <translation>%1 · %2 – %3: %4</translation>
    </message>
    <message>
        <source>%1 has already %2 this item.</source>
        <translation>%1 hat dieses Element bereits %2.</translation>
    </message>
    <message>
        <source>This item was escalated elsewhere.</source>
        <translation>Dieses Element wurde anderswo eskaliert.</translation>
    </message>
    <message>
        <source>%1 has claimed this item meanwhile.</source>
        <translation>%1 hat dieses Element inzwischen übernommen.</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Open an item first: there is nothing to decide.</source>
        <translation>Öffnen Sie zuerst ein Element: Es gibt nichts zu entscheiden.</translation>
    </message>
    <message>
        <source>%1 That was the last item in this view.</source>
        <translation>%1 Das war das letzte Element in dieser Ansicht.</translation>
    </message>
    <message numerus="yes">
        <source>Cluster: %n items from %1 flagged “%2”. The next decision applies to all of them; Esc cancels.</source>
        <translation>
            <numerusform>Cluster: %n Element von %1 mit Markierung „%2“. Die nächste Entscheidung gilt für alle; Esc bricht ab.</numerusform>
            <numerusform>Cluster: %n Elemente von %1 mit Markierung „%2“. Die nächste Entscheidung gilt für alle; Esc bricht ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster cancelled: decisions apply to the open item again.</source>
        <translation>Cluster abgebrochen: Entscheidungen gelten wieder für das geöffnete Element.</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 Elemente</translation>
    </message>
    <message>
        <source>Not claimed yet</source>
        <translation>Noch nicht übernommen</translation>
    </message>
    <message>
        <source>Your claim: %1:%2 left</source>
        <translation>Ihre Übernahme: noch %1:%2</translation>
    </message>
</context>
<context>
    <name>wk::ReviewDeskActions</name>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Approve the item (or the selection) and go on to the next one.</source>
        <translation>Element (oder Auswahl) freigeben und zum nächsten wechseln.</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Reject with a reason: then press 1–9.</source>
        <translation>Mit Begründung ablehnen: dann 1–9 drücken.</translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation>Neu generieren…</translation>
    </message>
    <message>
        <source>Ask the generator for a new version, with a note.</source>
        <translation>Beim Generator eine neue Version mit Hinweis anfordern.</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <source>Send the copy as edited in the item pane.</source>
        <translation>Den im Elementbereich bearbeiteten Text senden.</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Hand the item to a lead.</source>
        <translation>Element an eine Leitung übergeben.</translation>
    </message>
    <message>
        <source>Undo last decision</source>
        <translation>Letzte Entscheidung rückgängig machen</translation>
    </message>
    <message>
        <source>Withdraw the last decision while it is still in its grace period.</source>
        <translation>Letzte Entscheidung zurückziehen, solange die Karenzzeit läuft.</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Nächstes Element</translation>
    </message>
    <message>
        <source>Open the next item in the queue.</source>
        <translation>Nächstes Element der Warteschlange öffnen.</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Vorheriges Element</translation>
    </message>
    <message>
        <source>Open the previous item in the queue.</source>
        <translation>Vorheriges Element der Warteschlange öffnen.</translation>
    </message>
    <message>
        <source>Select cluster</source>
        <translation>Cluster auswählen</translation>
    </message>
    <message>
        <source>Select every item of this supplier with the same flag reason: the next decision applies to all of them.</source>
        <translation>Alle Elemente dieses Lieferanten mit demselben Markierungsgrund auswählen: Die nächste Entscheidung gilt für alle.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the reason, the note or the cluster.</source>
        <translation>Begründung, Hinweis oder Cluster abbrechen.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search titles, copy and reasons.</source>
        <translation>Titel, Texte und Gründe durchsuchen.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>List the desk&apos;s keys.</source>
        <translation>Die Tasten dieses Arbeitsbereichs auflisten.</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Find any of the desk&apos;s commands by name.</source>
        <translation>Befehle dieses Arbeitsbereichs nach Namen finden.</translation>
    </message>
    <message>
        <source>Work on the item</source>
        <translation>Am Eintrag arbeiten</translation>
    </message>
    <message>
        <source>Move the keyboard into the item: zoom and regions, playback and time ranges, or the text to correct. Esc comes back to the queue.</source>
        <translation>Die Tastatur in den Eintrag bringen: Zoom und Bereiche, Wiedergabe und Zeitbereiche oder den zu korrigierenden Text. Esc führt zurück zur Warteschlange.</translation>
    </message>
</context>
<context>
    <name>wk::ReviewFacetBar</name>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>All flag reasons</source>
        <translation>Alle Markierungsgründe</translation>
    </message>
    <message>
        <source>Flag reason</source>
        <translation>Markierungsgrund</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Supplier tier</source>
        <translation>Lieferantenstufe</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Alle Märkte</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>All locales</source>
        <translation>Alle Gebietsschemas</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Übernommen von</translation>
    </message>
    <message>
        <source>Anyone&apos;s claim</source>
        <translation>Beliebige Übernahme</translation>
    </message>
    <message>
        <source>Claimed by me</source>
        <translation>Von mir übernommen</translation>
    </message>
    <message>
        <source>Claimed by others</source>
        <translation>Von anderen übernommen</translation>
    </message>
    <message>
        <source>Not claimed</source>
        <translation>Nicht übernommen</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Any SLA</source>
        <translation>Beliebige SLA</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA überschritten</translation>
    </message>
    <message>
        <source>Due within the hour</source>
        <translation>Fällig innerhalb der Stunde</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Highest impact first</source>
        <translation>Höchste Auswirkung zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Least AI confidence first</source>
        <translation>Geringste KI-Konfidenz zuerst</translation>
    </message>
    <message>
        <source>Search titles, copy and reasons (/)</source>
        <translation>Titel, Texte und Gründe durchsuchen (/)</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Warteschlange durchsuchen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Save the current facets, search and order under a name, or open a saved view.</source>
        <translation>Aktuelle Facetten, Suche und Reihenfolge unter einem Namen speichern oder eine gespeicherte Ansicht öffnen.</translation>
    </message>
    <message>
        <source>Save current view…</source>
        <translation>Aktuelle Ansicht speichern…</translation>
    </message>
    <message>
        <source>Delete a view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>Name dieser Ansicht:</translation>
    </message>
</context>
<context>
    <name>wk::ReviewItemView</name>
    <message>
        <source>Review item</source>
        <translation>Prüfeintrag</translation>
    </message>
    <message>
        <source>No item open</source>
        <translation>Kein Eintrag geöffnet</translation>
    </message>
    <message>
        <source>The item you pick in the queue is shown here: its image, video or copy.</source>
        <translation>Hier erscheint der Eintrag, den Sie in der Warteschlange wählen: sein Bild, Video oder Text.</translation>
    </message>
    <message>
        <source>Pick an item in the queue.</source>
        <translation>Wählen Sie einen Eintrag in der Warteschlange.</translation>
    </message>
</context>
<context>
    <name>wk::ReviewLabels</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>artefact visible</source>
        <translation>Artefakt sichtbar</translation>
    </message>
    <message>
        <source>product mismatch</source>
        <translation>Produkt stimmt nicht überein</translation>
    </message>
    <message>
        <source>garbled text</source>
        <translation>verstümmelter Text</translation>
    </message>
    <message>
        <source>continuity glitch</source>
        <translation>Kontinuitätsfehler</translation>
    </message>
    <message>
        <source>flash frame</source>
        <translation>Blitzbild</translation>
    </message>
    <message>
        <source>wrong colour</source>
        <translation>falsche Farbe</translation>
    </message>
    <message>
        <source>unbacked claim</source>
        <translation>unbelegte Aussage</translation>
    </message>
    <message>
        <source>forbidden claim</source>
        <translation>unzulässige Aussage</translation>
    </message>
    <message>
        <source>certification claim</source>
        <translation>Zertifizierungsaussage</translation>
    </message>
    <message>
        <source>number mismatch</source>
        <translation>Zahl stimmt nicht überein</translation>
    </message>
    <message>
        <source>missing field</source>
        <translation>fehlendes Feld</translation>
    </message>
    <message>
        <source>trademark risk</source>
        <translation>Markenrechtsrisiko</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>geringe Konfidenz</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>entschieden</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>regeneration requested</source>
        <translation>Neugenerierung angefordert</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <source>%1 (pending)</source>
        <translation>%1 (ausstehend)</translation>
    </message>
    <message>
        <source>pallet trader</source>
        <translation>Palettenhändler</translation>
    </message>
    <message>
        <source>direct factory</source>
        <translation>Direkt ab Fabrik</translation>
    </message>
    <message>
        <source>1688 long tail</source>
        <translation>1688 Long Tail</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount, currency code</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown age</source>
        <translation>Alter unbekannt</translation>
    </message>
    <message>
        <source>%1 · SLA breached %2 ago</source>
        <translation>%1 · SLA seit %2 überschritten</translation>
    </message>
    <message>
        <source>%1 · due in %2</source>
        <translation>%1 · fällig in %2</translation>
    </message>
</context>
<context>
    <name>wk::ReviewQueueModel</name>
    <message>
        <source>%1+</source>
        <comment>more items than counted</comment>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>AI confidence in percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>me</source>
        <translation>ich</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Your decision is in the outbox; the platform has not confirmed it yet.</source>
        <translation>Ihre Entscheidung liegt im Postausgang; die Plattform hat sie noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>SKU · title</source>
        <translation>SKU · Titel</translation>
    </message>
    <message>
        <source>Flag reasons</source>
        <translation>Markierungsgründe</translation>
    </message>
    <message>
        <source>AI confidence</source>
        <translation>KI-Konfidenz</translation>
    </message>
    <message>
        <source>GMV at risk</source>
        <translation>Gefährdeter GMV</translation>
    </message>
    <message>
        <source>Age / SLA</source>
        <translation>Alter / SLA</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Übernommen von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>wk::ReviewReaderThread</name>
    <message>
        <source>A review item in the cache could not be read (%1). Syncing again usually repairs it.</source>
        <translation>Ein Prüfungselement im Cache konnte nicht gelesen werden (%1). Ein erneuter Abgleich behebt das meist.</translation>
    </message>
</context>
<context>
    <name>wk::ReviewSessionStats</name>
    <message>
        <source>%1 decided · %2/h · median %3 s</source>
        <translation>%1 entschieden · %2/h · Median %3 s</translation>
    </message>
</context>
<context>
    <name>wk::ScoreRefresher</name>
    <message>
        <source>The scorecards could not be recomputed: %1</source>
        <translation>Die Scorecards konnten nicht neu berechnet werden: %1</translation>
    </message>
</context>
<context>
    <name>wk::ScorecardPanel</name>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders behind this score…</source>
        <translation>Bestellungen hinter dieser Bewertung…</translation>
    </message>
    <message>
        <source>Review items behind this score…</source>
        <translation>Prüfelemente hinter dieser Bewertung…</translation>
    </message>
    <message>
        <source>Move tier…</source>
        <translation>Stufe wechseln…</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>Sperren…</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>How the score is made</source>
        <translation>Wie die Bewertung entsteht</translation>
    </message>
    <message>
        <source>Score criteria</source>
        <translation>Bewertungskriterien</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Eigen</translation>
    </message>
    <message>
        <source>Tier mean</source>
        <translation>Stufenmittel</translation>
    </message>
    <message>
        <source>Own share</source>
        <translation>Eigenanteil</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verwendet</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>How much the supplier&apos;s own record counts: sample / (sample + prior). The rest is the tier&apos;s mean.</source>
        <translation>Wie stark die eigene Bilanz des Lieferanten zählt: Stichprobe / (Stichprobe + Vorab). Der Rest ist das Mittel der Stufe.</translation>
    </message>
    <message>
        <source>The rate the score uses: own share × own + the rest × tier mean.</source>
        <translation>Die Rate, mit der gerechnet wird: Eigenanteil × eigen + Rest × Stufenmittel.</translation>
    </message>
    <message>
        <source>Weight × the criterion&apos;s score out of 100.</source>
        <translation>Gewicht × Punktzahl des Kriteriums von 100.</translation>
    </message>
    <message>
        <source>Double-click a criterion to see the orders or review items behind it.</source>
        <translation>Doppelklicken Sie auf ein Kriterium, um die Bestellungen oder Prüfelemente dahinter zu sehen.</translation>
    </message>
    <message>
        <source>Behind this score: the latest exceptions and rejected media</source>
        <translation>Hinter dieser Bewertung: die neuesten Ausnahmen und abgelehnten Medien</translation>
    </message>
    <message>
        <source>Orders and review items behind the score</source>
        <translation>Bestellungen und Prüfelemente hinter der Bewertung</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Order or item</source>
        <translation>Bestellung oder Element</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Zählt als</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Open the Fulfilment desk filtered to this supplier&apos;s orders.</source>
        <translation>Öffnet den Fulfilment-Arbeitsplatz, gefiltert auf die Bestellungen dieses Lieferanten.</translation>
    </message>
    <message>
        <source>Open the Review desk filtered to this supplier&apos;s review items.</source>
        <translation>Öffnet den Prüf-Arbeitsplatz, gefiltert auf die Prüfelemente dieses Lieferanten.</translation>
    </message>
    <message>
        <source>Select a supplier to see its scorecard.</source>
        <translation>Wählen Sie einen Lieferanten, um seine Scorecard zu sehen.</translation>
    </message>
    <message>
        <source>Loading the scorecard of %1…</source>
        <translation>Scorecard von %1 wird geladen…</translation>
    </message>
    <message>
        <source>This supplier is no longer in the cache.</source>
        <translation>Dieser Lieferant ist nicht mehr im Cache.</translation>
    </message>
    <message>
        <source>%1 · %2, %3 · %4</source>
        <translation>%1 · %2, %3 · %4</translation>
    </message>
    <message>
        <source>Suspended: %1</source>
        <translation>Gesperrt: %1</translation>
    </message>
    <message>
        <source>1 change waiting to reach the platform.</source>
        <translation>1 Änderung wartet darauf, die Plattform zu erreichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting to reach the platform.</source>
        <translation>
            <numerusform>%n Änderung wartet darauf, die Plattform zu erreichen.</numerusform>
            <numerusform>%n Änderungen warten darauf, die Plattform zu erreichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Score %1 · %2</source>
        <translation>Bewertung %1 · %2</translation>
    </message>
    <message>
        <source>From %1 and %2 in the last %3, newer periods weighing more (×%4 per period back). Small samples are pulled toward the mean of the %5 tier: the &quot;Own share&quot; column says how much the supplier&apos;s own record counts.</source>
        <translation>Aus %1 und %2 in den letzten %3; neuere Zeiträume zählen mehr (×%4 je Zeitraum zurück). Kleine Stichproben werden zum Mittel der Stufe „%5“ gezogen: Die Spalte „Eigenanteil“ zeigt, wie stark die eigene Bilanz des Lieferanten zählt.</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 Bestellung</translation>
    </message>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed media</source>
        <translation>
            <numerusform>%n geprüftes Medium</numerusform>
            <numerusform>%n geprüften Medien</numerusform>
        </translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>No orders and no reviewed media in the last %1: there is nothing to score yet. This is not a perfect score; the rows below show what the tier&apos;s mean would give.</source>
        <translation>Keine Bestellungen und keine geprüften Medien in den letzten %1: Es gibt noch nichts zu bewerten. Das ist keine perfekte Bewertung; die Zeilen unten zeigen, was das Mittel der Stufe ergäbe.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Rejected %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Defect and exception</source>
        <translation>Mangel und Ausnahme</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Media reject</source>
        <translation>Medienablehnung</translation>
    </message>
    <message>
        <source>No exceptions or rejected media in the cache for this supplier.</source>
        <translation>Keine Ausnahmen oder abgelehnten Medien dieses Lieferanten im Cache.</translation>
    </message>
    <message>
        <source>Reinstate…</source>
        <translation>Wieder freigeben…</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Wieder freigeben</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Sperren</translation>
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
        <source>Allow an unencrypted connection</source>
        <translation>Unverschlüsselte Verbindung erlauben</translation>
    </message>
    <message>
        <source>Platform address</source>
        <translation>Plattformadresse</translation>
    </message>
    <message>
        <source>Supervisor token</source>
        <translation>Aufsichts-Token</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain; where there is none, in a file that only you can read. It is never written to the settings or the local cache.</source>
        <translation>Das Token wird im Schlüsselbund des Systems gespeichert; wo es keinen gibt, in einer Datei, die nur Sie lesen können. Es wird nie in die Einstellungen oder den lokalen Cache geschrieben.</translation>
    </message>
    <message>
        <source>Where the token is stored</source>
        <translation>Wo das Token gespeichert ist</translation>
    </message>
</context>
<context>
    <name>wk::SettingsSchema</name>
    <message>
        <source>The settings in %1 were written by a newer Watchkeeper (settings version %2; this one knows up to %3). They are left unchanged: update Watchkeeper, or start it with other settings.</source>
        <translation>Die Einstellungen in %1 stammen von einem neueren Watchkeeper (Einstellungsversion %2; diese Version kennt bis %3). Sie bleiben unverändert: Aktualisieren Sie Watchkeeper oder starten Sie es mit anderen Einstellungen.</translation>
    </message>
</context>
<context>
    <name>wk::SettingsTransfer</name>
    <message>
        <source>The settings could not be saved to %1: %2.</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Watchkeeper settings file: choose a file made with File → Export settings…</source>
        <translation>%1 ist keine Watchkeeper-Einstellungsdatei: Wählen Sie eine mit Datei → Einstellungen exportieren… erstellte Datei.</translation>
    </message>
    <message>
        <source>%1 has no valid settings version: it was not made by Watchkeeper.</source>
        <translation>%1 hat keine gültige Einstellungsversion: Die Datei stammt nicht von Watchkeeper.</translation>
    </message>
    <message>
        <source>%1 was exported by a newer Watchkeeper (settings version %2; this one knows up to %3): update Watchkeeper first.</source>
        <translation>%1 wurde von einem neueren Watchkeeper exportiert (Einstellungsversion %2; diese Version kennt bis %3): Aktualisieren Sie zuerst Watchkeeper.</translation>
    </message>
    <message>
        <source>The imported settings could not be stored in %1.</source>
        <translation>Die importierten Einstellungen konnten nicht in %1 gespeichert werden.</translation>
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
    <message>
        <source>Keyboard shortcuts</source>
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
    <name>wk::SupplierActionDialog</name>
    <message>
        <source>Move to another tier</source>
        <translation>In eine andere Stufe verschieben</translation>
    </message>
    <message>
        <source>Move %1 out of the %2 tier.</source>
        <translation>%1 aus der Stufe „%2“ verschieben.</translation>
    </message>
    <message>
        <source>New tier</source>
        <translation>Neue Stufe</translation>
    </message>
    <message>
        <source>&amp;New tier:</source>
        <translation>&amp;Neue Stufe:</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Suspend supplier</source>
        <translation>Lieferanten sperren</translation>
    </message>
    <message>
        <source>Suspend %1: the platform stops buying from it until it is reinstated.</source>
        <translation>%1 sperren: Die Plattform kauft dort nicht mehr ein, bis der Lieferant wieder freigegeben wird.</translation>
    </message>
    <message>
        <source>Reinstate supplier</source>
        <translation>Lieferanten wieder freigeben</translation>
    </message>
    <message>
        <source>Reinstate %1 (suspended: %2).</source>
        <translation>%1 wieder freigeben (gesperrt: %2).</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Required: why, for the supplier&apos;s record</source>
        <translation>Pflichtfeld: warum, für die Akte des Lieferanten</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Wieder freigeben</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Checking what this would touch…</source>
        <translation>Es wird geprüft, was davon betroffen wäre…</translation>
    </message>
    <message>
        <source>This touches:</source>
        <translation>Davon betroffen:</translation>
    </message>
    <message>
        <source>1 open order</source>
        <translation>1 offene Bestellung</translation>
    </message>
    <message numerus="yes">
        <source>%n open orders</source>
        <translation>
            <numerusform>%n offene Bestellung</numerusform>
            <numerusform>%n offene Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 SKU that no other active supplier offers</source>
        <translation>1 SKU, die kein anderer aktiver Lieferant anbietet</translation>
    </message>
    <message numerus="yes">
        <source>%n SKUs that no other active supplier offers</source>
        <translation>
            <numerusform>%n SKU, die kein anderer aktiver Lieferant anbietet</numerusform>
            <numerusform>%n SKUs, die kein anderer aktiver Lieferant anbietet</numerusform>
        </translation>
    </message>
    <message>
        <source>1 live review item</source>
        <translation>1 offenes Prüfelement</translation>
    </message>
    <message numerus="yes">
        <source>%n live review items</source>
        <translation>
            <numerusform>%n offenes Prüfelement</numerusform>
            <numerusform>%n offene Prüfelemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Those SKUs cannot be sold while the supplier is suspended.</source>
        <translation>Diese SKUs können nicht verkauft werden, solange der Lieferant gesperrt ist.</translation>
    </message>
</context>
<context>
    <name>wk::SupplierCharts</name>
    <message>
        <source>Score trend chart</source>
        <translation>Diagramm Bewertungsverlauf</translation>
    </message>
    <message>
        <source>Defect rate against on-time rate chart</source>
        <translation>Diagramm Mängelquote gegen Pünktlichkeitsquote</translation>
    </message>
    <message>
        <source>Exceptions by code chart</source>
        <translation>Diagramm Ausnahmen nach Code</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image.</source>
        <translation>Dieses Diagramm als PNG-Bild speichern.</translation>
    </message>
    <message>
        <source>Export tiers as PNG…</source>
        <translation>Stufen als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export trend as PNG…</source>
        <translation>Verlauf als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export exceptions as PNG…</source>
        <translation>Ausnahmen als PNG exportieren…</translation>
    </message>
    <message>
        <source>Score over the last 12 periods</source>
        <translation>Bewertung der letzten 12 Zeiträume</translation>
    </message>
    <message>
        <source>Score trend: select a supplier</source>
        <translation>Bewertungsverlauf: Lieferanten auswählen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>KW%1</translation>
    </message>
    <message>
        <source>Defects against on time, per tier</source>
        <translation>Mängel gegen Pünktlichkeit, je Stufe</translation>
    </message>
    <message>
        <source>Selected supplier</source>
        <translation>Ausgewählter Lieferant</translation>
    </message>
    <message>
        <source>On time (%)</source>
        <translation>Pünktlich (%)</translation>
    </message>
    <message>
        <source>Defects (%)</source>
        <translation>Mängel (%)</translation>
    </message>
    <message>
        <source>Exceptions by code</source>
        <translation>Ausnahmen nach Code</translation>
    </message>
    <message>
        <source>Exceptions: select a supplier</source>
        <translation>Ausnahmen: Lieferanten auswählen</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>The chart could not be saved as %1. Choose a folder you can write to.</source>
        <translation>Das Diagramm konnte nicht als %1 gespeichert werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>wk::SupplierReader</name>
    <message>
        <source>The supplier data could not be read from the cache: %1</source>
        <translation>Die Lieferantendaten konnten nicht aus dem Cache gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>wk::SupplierTierModel</name>
    <message>
        <source>move to pallet traders</source>
        <translation>zu den Palettenhändlern verschieben</translation>
    </message>
    <message>
        <source>move to direct factories</source>
        <translation>zu den Direktfabriken verschieben</translation>
    </message>
    <message>
        <source>move to the 1688 long tail</source>
        <translation>in den 1688-Long-Tail verschieben</translation>
    </message>
    <message>
        <source>suspend</source>
        <translation>sperren</translation>
    </message>
    <message>
        <source>reinstate</source>
        <translation>wieder freigeben</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Ausgezeichnet</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Ungenügend</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 (suspended)</source>
        <translation>%1 (gesperrt)</translation>
    </message>
    <message>
        <source>%1 · pending: %2</source>
        <translation>%1 · ausstehend: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Mängel</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Pünktlich</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Vorlaufzeit</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
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
    <message>
        <source>Computing the scorecards…</source>
        <translation>Scorecards werden berechnet…</translation>
    </message>
    <message>
        <source>Search suppliers</source>
        <translation>Lieferanten suchen</translation>
    </message>
    <message>
        <source>Search by name, Chinese name or id (Ctrl+F)</source>
        <translation>Nach Name, chinesischem Namen oder ID suchen (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <source>Show all suppliers</source>
        <translation>Alle Lieferanten zeigen</translation>
    </message>
    <message>
        <source>Scorecard status</source>
        <translation>Status der Scorecards</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last supplier action</source>
        <translation>Letzte Lieferantenaktion rückgängig machen</translation>
    </message>
    <message>
        <source>Undone: nothing was sent to the platform.</source>
        <translation>Rückgängig gemacht: Es wurde nichts an die Plattform gesendet.</translation>
    </message>
    <message>
        <source>Too late to undo: the platform has it already.</source>
        <translation>Zu spät zum Rückgängigmachen: Die Plattform hat es bereits.</translation>
    </message>
    <message>
        <source>Move this supplier to another tier (Ctrl+Shift+M).</source>
        <translation>Diesen Lieferanten in eine andere Stufe verschieben (Strg+Umschalt+M).</translation>
    </message>
    <message>
        <source>Suspend or reinstate this supplier (Ctrl+Shift+U).</source>
        <translation>Diesen Lieferanten sperren oder wieder freigeben (Strg+Umschalt+U).</translation>
    </message>
    <message>
        <source>Scores up to the period starting %1.</source>
        <translation>Bewertungen bis zum Zeitraum ab %1.</translation>
    </message>
    <message>
        <source>Moving %1 to %2: queued for the platform.</source>
        <translation>%1 wird nach „%2“ verschoben: für die Plattform eingereiht.</translation>
    </message>
    <message>
        <source>Suspending %1: queued for the platform.</source>
        <translation>%1 wird gesperrt: für die Plattform eingereiht.</translation>
    </message>
    <message>
        <source>Reinstating %1: queued for the platform.</source>
        <translation>%1 wird wieder freigegeben: für die Plattform eingereiht.</translation>
    </message>
    <message>
        <source>Scorecard periods</source>
        <translation>Zeiträume der Scorecard</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Score suppliers over weeks or over months; newer periods weigh more.</source>
        <translation>Lieferanten über Wochen oder Monate bewerten; neuere Zeiträume zählen mehr.</translation>
    </message>
    <message>
        <source>&amp;Periods:</source>
        <translation>&amp;Zeiträume:</translation>
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
    <name>wk::SyncStatePanel</name>
    <message>
        <source>Work &amp;offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Offline arbeiten</translation>
    </message>
    <message>
        <source>No requests at all while this is on: decisions queue here and are sent when you switch it off.</source>
        <translation>Solange dies eingeschaltet ist, gehen keine Anfragen hinaus: Entscheidungen warten hier und werden gesendet, wenn Sie es ausschalten.</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Warten auf Versand:</translation>
    </message>
    <message>
        <source>Needs you:</source>
        <translation>Wartet auf Sie:</translation>
    </message>
    <message>
        <source>Last successful pull:</source>
        <translation>Letzter erfolgreicher Abruf:</translation>
    </message>
    <message>
        <source>Throughput:</source>
        <translation>Durchsatz:</translation>
    </message>
    <message>
        <source>First sync progress</source>
        <translation>Fortschritt des ersten Abgleichs</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Syncing: sending %1</source>
        <translation>Abgleich: %1 werden gesendet</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Abgleich läuft</translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation>Offline-Arbeit</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Offline: the platform cannot be reached</source>
        <translation>Offline: Die Plattform ist nicht erreichbar</translation>
    </message>
    <message>
        <source>No platform: working from the local cache only</source>
        <translation>Keine Plattform: Arbeit nur mit dem lokalen Cache</translation>
    </message>
    <message>
        <source> · conflicts: %1</source>
        <translation> · Konflikte: %1</translation>
    </message>
    <message>
        <source>Nothing: every decision has reached the platform.</source>
        <translation>Nichts: Jede Entscheidung hat die Plattform erreicht.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 commands; the oldest has waited %2</source>
        <translation>Befehle: %1; der älteste wartet seit %2</translation>
    </message>
    <message>
        <source>Nothing: no conflicts or rejections.</source>
        <translation>Nichts: keine Konflikte oder Ablehnungen.</translation>
    </message>
    <message>
        <source>Conflicts: %1 · rejected: %2 — settle them below.</source>
        <translation>Konflikte: %1 · abgelehnt: %2 – klären Sie sie unten.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Noch nie</translation>
    </message>
    <message>
        <source>%1 changes/s received · %2 commands/s sent · in total %3 changes, %4 commands</source>
        <translation>%1 Änderungen/s empfangen · %2 Befehle/s gesendet · insgesamt %3 Änderungen, %4 Befehle</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>First sync: %1 changes received so far</source>
        <translation>Erster Abgleich: bisher %1 Änderungen empfangen</translation>
    </message>
    <message>
        <source>Offline: see the problem below</source>
        <translation>Offline: siehe das Problem unten</translation>
    </message>
    <message numerus="yes">
        <source>All %1 changes are in. Building the indexes for sorting and search: %n left. Until then, search does not find the new items.</source>
        <translation>
            <numerusform>Alle %1 Änderungen sind da. Die Indizes für Sortierung und Suche werden aufgebaut: noch %n. Bis dahin findet die Suche die neuen Einträge nicht.</numerusform>
            <numerusform>Alle %1 Änderungen sind da. Die Indizes für Sortierung und Suche werden aufgebaut: noch %n. Bis dahin findet die Suche die neuen Einträge nicht.</numerusform>
        </translation>
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
    <name>wk::TakeOffline</name>
    <message>
        <source>Connect to a platform first: there is nothing to take offline yet.</source>
        <translation>Verbinden Sie sich zuerst mit einer Plattform: Noch gibt es nichts, was Sie offline nehmen könnten.</translation>
    </message>
    <message>
        <source>Items can only be taken offline while the platform is reachable: the claims must reach it and the media must be downloaded. Switch &quot;Work offline&quot; off or check the connection, then try again.</source>
        <translation>Einträge lassen sich nur offline nehmen, solange die Plattform erreichbar ist: Die Übernahmen müssen sie erreichen und die Medien heruntergeladen werden. Schalten Sie „Offline arbeiten“ aus oder prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Looking for open items…</source>
        <translation>Offene Einträge werden gesucht …</translation>
    </message>
    <message>
        <source>The open items could not be read from the local cache: %1</source>
        <translation>Die offenen Einträge konnten nicht aus dem lokalen Cache gelesen werden: %1</translation>
    </message>
    <message>
        <source>The connection to the platform was closed.</source>
        <translation>Die Verbindung zur Plattform wurde geschlossen.</translation>
    </message>
    <message>
        <source>There are no open items free to take offline: every open item is claimed by someone or already has a command of yours on its way.</source>
        <translation>Es gibt keine freien offenen Einträge zum Offline-Nehmen: Jeder offene Eintrag ist übernommen oder hat bereits einen Befehl von Ihnen unterwegs.</translation>
    </message>
    <message>
        <source>Claiming for 8 hours: %1 items…</source>
        <translation>Übernahme für 8 Stunden: %1 Einträge …</translation>
    </message>
    <message>
        <source>Items claimed: %1. Their media cannot be downloaded: this console has no media cache.</source>
        <translation>Übernommene Einträge: %1. Ihre Medien können nicht heruntergeladen werden: Diese Konsole hat keinen Mediencache.</translation>
    </message>
    <message>
        <source>Items claimed: %1; media downloaded: %2 of %3</source>
        <translation>Übernommene Einträge: %1; Medien heruntergeladen: %2 von %3</translation>
    </message>
    <message>
        <source>Items claimed for 8 hours: %1. Media that could not be downloaded: %2, so those items cannot be reviewed offline. The last reason: %3</source>
        <translation>Für 8 Stunden übernommene Einträge: %1. Nicht heruntergeladene Medien: %2, diese Einträge lassen sich also nicht offline prüfen. Letzter Grund: %3</translation>
    </message>
    <message>
        <source>Items claimed for you for 8 hours: %1, with their media on this computer: you can review them offline. A claim someone else got first shows up under Conflicts.</source>
        <translation>Für Sie 8 Stunden übernommene Einträge: %1, mit ihren Medien auf diesem Computer: Sie können sie offline prüfen. Hat jemand anderes einen davon zuerst übernommen, erscheint er unter Konflikte.</translation>
    </message>
</context>
<context>
    <name>wk::TakeOfflinePanel</name>
    <message>
        <source>Take open &amp;items offline:</source>
        <translation>Offene &amp;Einträge offline nehmen:</translation>
    </message>
    <message>
        <source>Number of items to take offline</source>
        <translation>Anzahl der Einträge zum Offline-Nehmen</translation>
    </message>
    <message>
        <source>Claim and download</source>
        <translation>Übernehmen und herunterladen</translation>
    </message>
    <message>
        <source>Take items offline</source>
        <translation>Einträge offline nehmen</translation>
    </message>
    <message>
        <source>Claims the most urgent open review items for 8 hours and downloads their media, so that you can review them without a network.</source>
        <translation>Übernimmt die dringendsten offenen Prüfeinträge für 8 Stunden und lädt ihre Medien herunter, damit Sie sie ohne Netz prüfen können.</translation>
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
    <name>wk::TierPane</name>
    <message>
        <source>%1 list</source>
        <translation>Liste %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 supplier</source>
        <translation>1 Lieferant</translation>
    </message>
    <message numerus="yes">
        <source>%n suppliers</source>
        <translation>
            <numerusform>%n Lieferant</numerusform>
            <numerusform>%n Lieferanten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wk::TokenFile</name>
    <message>
        <source>Cannot create the folder %1 for the token file.</source>
        <translation>Der Ordner %1 für die Token-Datei kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the token file %1: %2.</source>
        <translation>Die Token-Datei %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot replace the token file %1.</source>
        <translation>Die Token-Datei %1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>The token file %1 could be read by other users; it is now readable by you only. If you share this computer, ask for a new token.</source>
        <translation>Die Token-Datei %1 war für andere Benutzer lesbar; jetzt können nur noch Sie sie lesen. Wenn Sie diesen Computer teilen, fordern Sie ein neues Token an.</translation>
    </message>
    <message>
        <source>The token file %1 can be read by other users; make it readable by you only (chmod 600).</source>
        <translation>Die Token-Datei %1 ist für andere Benutzer lesbar; machen Sie sie nur für sich lesbar (chmod 600).</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2.</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Your token is kept in the file %1, readable only by you.</source>
        <translation>Ihr Token liegt in der Datei %1, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>This build of Watchkeeper has no system keychain support. %1</source>
        <translation>Diese Watchkeeper-Version unterstützt keinen Schlüsselbund des Systems. %1</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). %2</source>
        <translation>Der Schlüsselbund des Systems konnte nicht verwendet werden (%1). %2</translation>
    </message>
    <message>
        <source>Cannot remove the token file %1.</source>
        <translation>Die Token-Datei %1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>wk::TokenStore</name>
    <message>
        <source>access to it was refused</source>
        <translation>der Zugriff wurde verweigert</translation>
    </message>
    <message>
        <source>no keychain service answered; on Linux that is the Secret Service of GNOME Keyring or KWallet</source>
        <translation>kein Schlüsselbund-Dienst hat geantwortet; unter Linux ist das der Secret Service von GNOME Keyring oder KWallet</translation>
    </message>
    <message>
        <source>it holds no token for this platform</source>
        <translation>er enthält kein Token für diese Plattform</translation>
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
    <name>wk::VideoPane</name>
    <message>
        <source>Video cannot be played on this computer: Qt Multimedia found no media backend. Install the GStreamer plugins (base, good, libav) or Qt&apos;s FFmpeg plugin, then restart Watchkeeper.</source>
        <translation>Auf diesem Computer können keine Videos abgespielt werden: Qt Multimedia hat kein Medien-Backend gefunden. Installieren Sie die GStreamer-Plugins (base, good, libav) oder das FFmpeg-Plugin von Qt und starten Sie Watchkeeper neu.</translation>
    </message>
    <message>
        <source>Video review</source>
        <translation>Videoprüfung</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Video timeline</source>
        <translation>Video-Zeitleiste</translation>
    </message>
    <message>
        <source>Time ranges</source>
        <translation>Zeitbereiche</translation>
    </message>
    <message>
        <source>Time ranges on the video</source>
        <translation>Zeitbereiche im Video</translation>
    </message>
    <message>
        <source>the player did not open it within %1 seconds</source>
        <translation>der Player hat sie nicht innerhalb von %1 Sekunden geöffnet</translation>
    </message>
    <message>
        <source>the player rejected it</source>
        <translation>der Player hat sie abgelehnt</translation>
    </message>
    <message>
        <source>◀◀</source>
        <translation>◀◀</translation>
    </message>
    <message>
        <source>Play backwards</source>
        <translation>Rückwärts abspielen</translation>
    </message>
    <message>
        <source>Play backwards; again for faster (J)</source>
        <translation>Rückwärts abspielen; erneut für schneller (J)</translation>
    </message>
    <message>
        <source>◀|</source>
        <translation>◀|</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <source>One frame back (,)</source>
        <translation>Ein Bild zurück (,)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Abspielen oder anhalten</translation>
    </message>
    <message>
        <source>Play or pause (Space; K pauses)</source>
        <translation>Abspielen oder anhalten (Leertaste; K hält an)</translation>
    </message>
    <message>
        <source>|▶</source>
        <translation>|▶</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <source>One frame forward (.)</source>
        <translation>Ein Bild vor (.)</translation>
    </message>
    <message>
        <source>▶▶</source>
        <translation>▶▶</translation>
    </message>
    <message>
        <source>Play forwards</source>
        <translation>Vorwärts abspielen</translation>
    </message>
    <message>
        <source>Play forwards; again for faster (L)</source>
        <translation>Vorwärts abspielen; erneut für schneller (L)</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Mark in</source>
        <translation>Anfang markieren</translation>
    </message>
    <message>
        <source>Mark the start of a range here (I)</source>
        <translation>Hier den Anfang eines Bereichs markieren (I)</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Mark out</source>
        <translation>Ende markieren</translation>
    </message>
    <message>
        <source>Mark the end of a range here (O)</source>
        <translation>Hier das Ende eines Bereichs markieren (O)</translation>
    </message>
    <message>
        <source>Loop in–out</source>
        <translation>Anfang–Ende wiederholen</translation>
    </message>
    <message>
        <source>Loop between the in and out marks</source>
        <translation>Zwischen Anfangs- und Endmarke wiederholen</translation>
    </message>
    <message>
        <source>Play the marked range over and over (Shift+L)</source>
        <translation>Den markierten Bereich immer wieder abspielen (Umschalt+L)</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>Wiedergabeposition</translation>
    </message>
    <message>
        <source>Add range</source>
        <translation>Bereich hinzufügen</translation>
    </message>
    <message>
        <source>Add the range between the in and out marks (M)</source>
        <translation>Den Bereich zwischen Anfangs- und Endmarke hinzufügen (M)</translation>
    </message>
    <message>
        <source>Defect tag:</source>
        <translation>Mangel:</translation>
    </message>
    <message>
        <source>Defect tag</source>
        <translation>Mangel</translation>
    </message>
    <message>
        <source>Defect tags</source>
        <translation>Mängel</translation>
    </message>
    <message>
        <source>The tag of the selected range and of new ones; type your own for a defect not in the list</source>
        <translation>Die Kennzeichnung des gewählten und neuer Bereiche; für einen Mangel, der nicht in der Liste steht, eigenen Text eingeben</translation>
    </message>
    <message>
        <source>Delete range</source>
        <translation>Bereich löschen</translation>
    </message>
    <message>
        <source>Delete the selected range (Delete)</source>
        <translation>Den gewählten Bereich löschen (Entf)</translation>
    </message>
    <message>
        <source>Previous range</source>
        <translation>Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Jump to the previous range ([)</source>
        <translation>Zum vorherigen Bereich springen ([)</translation>
    </message>
    <message>
        <source>Next range</source>
        <translation>Nächster Bereich</translation>
    </message>
    <message>
        <source>Jump to the next range (])</source>
        <translation>Zum nächsten Bereich springen (])</translation>
    </message>
    <message>
        <source>Generated video — %1</source>
        <translation>Erzeugtes Video — %1</translation>
    </message>
    <message>
        <source>Generated video</source>
        <translation>Erzeugtes Video</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>No item selected.</source>
        <translation>Kein Eintrag ausgewählt.</translation>
    </message>
    <message>
        <source>playing %1×</source>
        <translation>läuft %1×</translation>
    </message>
    <message>
        <source>playing backwards %1×</source>
        <translation>läuft rückwärts %1×</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>%1 / %2 · frame %3 · %4</source>
        <translation>%1 / %2 · Bild %3 · %4</translation>
    </message>
    <message>
        <source> · in %1, out %2</source>
        <translation> · Anfang %1, Ende %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>untagged</source>
        <translation>ohne Kennzeichnung</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · suspected by the AI</source>
        <translation>%1 · %2 · %3 · von der KI vermutet</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · yours</source>
        <translation>%1 · %2 · %3 · von Ihnen</translation>
    </message>
</context>
<context>
    <name>wk::VideoSurface</name>
    <message>
        <source>⚠ Cannot play this video
%1</source>
        <translation>⚠ Dieses Video kann nicht abgespielt werden
%1</translation>
    </message>
</context>
<context>
    <name>wk::VideoTimeline</name>
    <message>
        <source>AI: %1</source>
        <translation>KI: %1</translation>
    </message>
    <message>
        <source>I</source>
        <translation>A</translation>
    </message>
    <message>
        <source>O</source>
        <translation>E</translation>
    </message>
</context>
<context>
    <name>wk::WelcomeDialog</name>
    <message>
        <source>Welcome to Watchkeeper</source>
        <translation>Willkommen bei Watchkeeper</translation>
    </message>
    <message>
        <source>Connect to your shop&apos;s platform with the address and the supervisor token you were given, or look around on the demo platform first: it runs on this computer with generated data, and nothing you do there reaches the real shop. You can change this later under File → Settings…</source>
        <translation>Verbinden Sie sich mit der Plattform Ihres Shops über die Adresse und das Aufsichts-Token, die Sie erhalten haben, oder sehen Sie sich zuerst auf der Demo-Plattform um: Sie läuft auf diesem Computer mit erzeugten Daten, und nichts, was Sie dort tun, erreicht den echten Shop. Sie können das später unter Datei → Einstellungen… ändern.</translation>
    </message>
    <message>
        <source>Connect to a platform</source>
        <translation>Mit einer Plattform verbinden</translation>
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
        <source>Allow an unencrypted connection</source>
        <translation>Unverschlüsselte Verbindung erlauben</translation>
    </message>
    <message>
        <source>Only for a test setup on a network you trust: without encryption anyone in between can read your token.</source>
        <translation>Nur für eine Testumgebung in einem vertrauenswürdigen Netz: Ohne Verschlüsselung kann jeder dazwischen Ihr Token lesen.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation>Plattform&amp;adresse:</translation>
    </message>
    <message>
        <source>Supervisor t&amp;oken:</source>
        <translation>Aufsichts-T&amp;oken:</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>Starts the reference platform with generated data on this computer.</source>
        <translation>Startet die Referenzplattform mit erzeugten Daten auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Opens the console without a platform; it asks again at the next start.</source>
        <translation>Öffnet die Konsole ohne Plattform; beim nächsten Start wird erneut gefragt.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
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
    <message>
        <source>Sync the local cache with a platform without a window (see watchkeeper sync --help).</source>
        <translation>Den lokalen Cache ohne Fenster mit einer Plattform synchronisieren (siehe watchkeeper sync --help).</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Without a command, the console window opens.</source>
        <translation>Ohne Befehl öffnet sich das Konsolenfenster.</translation>
    </message>
    <message>
        <source>Render the main window at 1280×800 into the PNG file &lt;path&gt; and exit. With --demo: once the demo&apos;s first sync has finished.</source>
        <translation>Das Hauptfenster in 1280×800 in die PNG-Datei &lt;pfad&gt; zeichnen und beenden. Mit --demo: sobald der erste Abgleich der Demo fertig ist.</translation>
    </message>
    <message>
        <source>Open the desk &lt;name&gt; first: overview, review, fulfilment, suppliers, sync or journal.</source>
        <translation>Zuerst den Arbeitsbereich &lt;name&gt; öffnen: overview, review, fulfilment, suppliers, sync oder journal.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
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
    <name>wk::console::RemoteSync</name>
    <message>
        <source>The token could not be stored, so it will be asked for again after a restart: %1</source>
        <translation>Das Token konnte nicht gespeichert werden und wird nach einem Neustart erneut abgefragt: %1</translation>
    </message>
    <message>
        <source>No token for %1: enter it under File → Settings…</source>
        <translation>Kein Token für %1: Geben Sie es unter Datei → Einstellungen … ein</translation>
    </message>
    <message>
        <source>The platform needs your supervisor token before the console can sync.</source>
        <translation>Die Plattform benötigt Ihr Aufsichts-Token, bevor die Konsole abgleichen kann.</translation>
    </message>
    <message>
        <source>Warning: token stored in a file</source>
        <translation>Warnung: Token in einer Datei gespeichert</translation>
    </message>
</context>
<context>
    <name>wk::console::Screenshot</name>
    <message>
        <source>Cannot write the screenshot %1: %2</source>
        <translation>Der Screenshot %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The demo did not finish its first sync within five minutes: no screenshot.</source>
        <translation>Die Demo hat ihren ersten Abgleich nicht innerhalb von fünf Minuten beendet: kein Bildschirmfoto.</translation>
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
