<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>wk::AboutDialog</name>
    <message>
        <source>About Watchkeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk of the supervisors of an AI-run shop: review flagged media, settle order exceptions and keep suppliers honest, online or offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchkeeper is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ConnectionSettings</name>
    <message>
        <source>Enter the address of the platform, for example https://platform.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// for a platform on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no host name. Write it as https://platform.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http:// sends your token unencrypted to %1. Use https://, or tick &quot;Allow an unencrypted connection&quot; if you trust every network in between.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::Database</name>
    <message>
        <source>Cannot open the cache file %1: %2. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file %1 is damaged or is not a database (%2). Move it aside and start again: Watchkeeper will build a new cache from the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file %1 is locked by another program (%2). Close the other Watchkeeper window and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read or write the cache file %1 (%2). Check the free disk space and the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::Desk</name>
    <message>
        <source>Enter the platform&apos;s address in File → Settings…, or start Watchkeeper with --demo to try it on generated data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::FulfilmentDesk</name>
    <message>
        <source>No order exceptions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders that need a person — a wrong tracking number, a stalled parcel, a customs hold, a quality complaint — will appear here with their SLA clocks once the console has synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders that left the happy path, with their SLA clocks and guarantee costs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Watchkeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchkeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchkeeper — Demo platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchkeeper — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose File → Settings… to enter the platform&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference platform with generated data runs inside the console. Nothing you do here reaches the real shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform %1 — not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::Migrator</name>
    <message>
        <source>%1 is an SQLite database, but not a %2 file. Watchkeeper will not change it: choose another file, or move this one away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Watchkeeper (schema %2; this version knows up to %3). Update Watchkeeper, or choose another file. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating %1 to schema %2 failed; the file was left as it was (schema %3). Detail: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ReviewDesk</name>
    <message>
        <source>Nothing to review yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged images, videos and copy will appear here once the console has synced with the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged images, videos and copy waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://platform.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your supervisor token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow an unencrypted connection (http://) to another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: without encryption, anyone on the network between you and the platform can read your token and the shop&apos;s data, and act as you. Use this only on a network you trust, such as a test setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is kept in memory for this session only and asked for again after a restart. Storing it in the system keychain comes with the sync work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::SuppliersDesk</name>
    <message>
        <source>No suppliers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pallet traders, direct factories and the 1688 long tail will appear here with their scorecards once the console has synced with the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pallet traders, direct factories and the 1688 long tail, with their scorecards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::SyncDesk</name>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions waiting to be sent, the last successful pull and conflicts that need a person will appear here once the console is connected to a platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the platform: what is waiting to be sent, what came in, and conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::console::CommandLine</name>
    <message>
        <source>Watchkeeper: the desk of the supervisors of an AI-run shop. Review flagged media, settle order exceptions and manage suppliers, online or offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in reference platform with generated data and connect to it. Nothing reaches the real shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the platform at &lt;url&gt; for this session, instead of the address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the local cache in &lt;path&gt; instead of the default location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example de or zh_CN) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window at 1280×800 into the PNG file &lt;path&gt; and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run watchkeeper --help to see what it can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo and --server exclude each other: choose the demo platform or a real one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform address. Write it as https://platform.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::console::DemoLauncher</name>
    <message>
        <source>The demo platform is not part of this build yet; the console opens without data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::console::Screenshot</name>
    <message>
        <source>Cannot write the screenshot %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
