<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Demo platform</source>
        <translation>演示平台</translation>
    </message>
</context>
<context>
    <name>wk</name>
    <message>
        <source>The migration %1 should be numbered %2 (files are NNN_description.sql, numbered from 001 without gaps). This is a bug in this build of Watchkeeper.</source>
        <translation>迁移 %1 的编号应为 %2（文件名为 NNN_说明.sql，从 001 起连续编号）。这是此版本 Watchkeeper 的缺陷。</translation>
    </message>
</context>
<context>
    <name>wk::AboutDialog</name>
    <message>
        <source>About Watchkeeper</source>
        <translation>关于 Watchkeeper</translation>
    </message>
    <message>
        <source>The desk of the supervisors of an AI-run shop: review flagged media, settle order exceptions and keep suppliers honest, online or offline.</source>
        <translation>由 AI 运营的网店的主管工作台：审核被标记的媒体、处理订单异常、监督供应商——在线或离线均可。</translation>
    </message>
    <message>
        <source>Watchkeeper is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Watchkeeper 是自由软件：您可以依据 GNU 通用公共许可证第 3 版或（由您选择）任何更高版本（GPL-3.0-or-later）的条款重新分发和/或修改它。本软件不提供任何担保。</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation>版本 %1（Qt %2）</translation>
    </message>
</context>
<context>
    <name>wk::ApiError</name>
    <message>
        <source>The platform cannot be reached; your decisions are kept and sent when the connection returns.</source>
        <translation>无法连接平台；您的决定已保存，连接恢复后会发送。</translation>
    </message>
    <message>
        <source>The platform did not answer in time; the console will try again by itself.</source>
        <translation>平台未及时响应；控制台会自动重试。</translation>
    </message>
    <message>
        <source>The connection to the platform is not encrypted: use an https address, or allow unencrypted connections explicitly in the settings if this network is trusted.</source>
        <translation>与平台的连接未加密：请使用 https 地址；如果信任此网络，也可以在设置中明确允许未加密连接。</translation>
    </message>
    <message>
        <source>The platform refused the access token: ask for a new token and enter it in the settings.</source>
        <translation>平台拒绝了访问令牌：请申请新令牌并在设置中填写。</translation>
    </message>
    <message numerus="yes">
        <source>The platform asks the console to slow down; it will try again in %n second(s).</source>
        <translation>
            <numerusform>平台要求控制台放慢速度；将在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform is temporarily unavailable; the console will try again by itself.</source>
        <translation>平台暂时不可用；控制台会自动重试。</translation>
    </message>
    <message>
        <source>The local copy is too far behind the platform and is downloaded again; pending decisions are kept.</source>
        <translation>本地副本落后平台太多，正在重新下载；待发送的决定会保留。</translation>
    </message>
    <message>
        <source>The platform no longer knows this console; it registers again and resends pending decisions.</source>
        <translation>平台已不认识此控制台；控制台将重新注册并重新发送待发送的决定。</translation>
    </message>
    <message>
        <source>The platform refused a command whose id was already used for another command; report this to support with the journal.</source>
        <translation>平台拒绝了一条命令，因为其 ID 已被另一条命令使用；请将此情况连同日志报告给支持人员。</translation>
    </message>
    <message>
        <source>The platform refused a request from this console (HTTP %1); report this to support with the journal.</source>
        <translation>平台拒绝了此控制台的请求（HTTP %1）；请将此情况连同日志报告给支持人员。</translation>
    </message>
    <message>
        <source>The platform had an internal error (HTTP %1); the console will try again by itself.</source>
        <translation>平台发生内部错误（HTTP %1）；控制台会自动重试。</translation>
    </message>
    <message>
        <source>The platform sent an answer the console cannot read; nothing of it was applied and the console will try again.</source>
        <translation>平台返回了控制台无法读取的应答；其中内容均未应用，控制台会重试。</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>（详情：%1）</translation>
    </message>
</context>
<context>
    <name>wk::CommandQueue</name>
    <message>
        <source>The decision could not be saved, so nothing was queued: %1</source>
        <translation>无法保存该决定，因此没有任何内容进入队列：%1</translation>
    </message>
    <message>
        <source>The command %1 is no longer in the outbox.</source>
        <translation>命令 %1 已不在发件箱中。</translation>
    </message>
    <message>
        <source>The command could not be sent again: %1</source>
        <translation>无法重新发送该命令：%1</translation>
    </message>
    <message>
        <source>The command could not be dismissed: %1</source>
        <translation>无法关闭该命令：%1</translation>
    </message>
    <message>
        <source>The reveal could not be written to the journal: %1</source>
        <translation>无法将此次查看个人数据记录到日志：%1</translation>
    </message>
</context>
<context>
    <name>wk::ConnectionSettings</name>
    <message>
        <source>Enter the address of the platform, for example https://platform.example.com.</source>
        <translation>请输入平台地址，例如 https://platform.example.com。</translation>
    </message>
    <message>
        <source>This is not a valid address: %1</source>
        <translation>这不是有效的地址：%1</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// for a platform on this computer).</source>
        <translation>地址必须以 https:// 开头（本机上的平台可用 http://）。</translation>
    </message>
    <message>
        <source>The address has no host name. Write it as https://platform.example.com.</source>
        <translation>地址中缺少主机名。请写成 https://platform.example.com 的形式。</translation>
    </message>
    <message>
        <source>http:// sends your token unencrypted to %1. Use https://, or tick &quot;Allow an unencrypted connection&quot; if you trust every network in between.</source>
        <translation>http:// 会以明文将您的令牌发送到 %1。请使用 https://；如果您信任沿途的所有网络，也可以勾选“允许未加密的连接”。</translation>
    </message>
</context>
<context>
    <name>wk::Database</name>
    <message>
        <source>Cannot open the cache file %1: %2. Check that the folder exists and that you may write to it.</source>
        <translation>无法打开缓存文件 %1：%2。请检查该文件夹是否存在，以及您是否有写入权限。</translation>
    </message>
    <message>
        <source>The cache file %1 is damaged or is not a database (%2). Move it aside and start again: Watchkeeper will build a new cache from the platform.</source>
        <translation>缓存文件 %1 已损坏或不是数据库（%2）。请将其移到别处后重新启动：Watchkeeper 会从平台重建缓存。</translation>
    </message>
    <message>
        <source>The cache file %1 is locked by another program (%2). Close the other Watchkeeper window and try again.</source>
        <translation>缓存文件 %1 被另一个程序锁定（%2）。请关闭另一个 Watchkeeper 窗口后重试。</translation>
    </message>
    <message>
        <source>Cannot read or write the cache file %1 (%2). Check the free disk space and the file&apos;s permissions.</source>
        <translation>无法读写缓存文件 %1（%2）。请检查磁盘剩余空间和该文件的权限。</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%1 在 %2 上失败：%3</translation>
    </message>
    <message>
        <source>The file %1 is read-only. Allow your user to write to it (and to its folder), or choose another file.</source>
        <translation>文件 %1 为只读。请允许当前用户写入该文件（及其所在文件夹），或选择其他文件。</translation>
    </message>
    <message>
        <source>The query on %1 was cancelled.</source>
        <translation>对 %1 的查询已取消。</translation>
    </message>
</context>
<context>
    <name>wk::Desk</name>
    <message>
        <source>Enter the platform&apos;s address in File → Settings…, or start Watchkeeper with --demo to try it on generated data.</source>
        <translation>请在“文件 → 设置…”中输入平台地址，或使用 --demo 启动 Watchkeeper，用生成的数据试用。</translation>
    </message>
</context>
<context>
    <name>wk::FulfilmentDesk</name>
    <message>
        <source>No order exceptions yet</source>
        <translation>暂无订单异常</translation>
    </message>
    <message>
        <source>Orders that need a person — a wrong tracking number, a stalled parcel, a customs hold, a quality complaint — will appear here with their SLA clocks once the console has synced.</source>
        <translation>需要人工处理的订单——错误的运单号、停滞的包裹、海关扣留、质量投诉——将在控制台完成同步后连同其 SLA 倒计时显示在这里。</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>履约</translation>
    </message>
    <message>
        <source>Orders that left the happy path, with their SLA clocks and guarantee costs.</source>
        <translation>偏离正常流程的订单，以及它们的 SLA 倒计时和保障成本。</translation>
    </message>
</context>
<context>
    <name>wk::Guarantee</name>
    <message>
        <source>These amounts are too large to compute exactly. Check them for a typing error.</source>
        <translation>这些金额过大，无法精确计算。请检查是否输错。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a currency the platform trades in.</source>
        <translation>%1：“%2”不是平台使用的货币。</translation>
    </message>
    <message>
        <source>%1: an amount cannot be negative (it is %2).</source>
        <translation>%1：金额不能为负数（当前为 %2）。</translation>
    </message>
    <message>
        <source>These amounts must be in one currency: %1 in %2, %3 in %4.</source>
        <translation>这些金额必须使用同一种货币：%1 为 %2，%3 为 %4。</translation>
    </message>
    <message>
        <source>%1: must be in CNY, what suppliers and forwarders are paid in, not in %2.</source>
        <translation>%1：必须以人民币（CNY）计，供应商和货代均以人民币结算，而不是 %2。</translation>
    </message>
    <message>
        <source>There is no usable exchange rate from %1 to CNY: a rate must be for %1 and more than zero.</source>
        <translation>没有可用的 %1 兑人民币（CNY）汇率：汇率必须针对 %1，且大于零。</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Already refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Nothing is left to refund: %1 of %2 has been refunded already.</source>
        <translation>已无可退金额：%2 中已退款 %1。</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>A refund must be more than zero.</source>
        <translation>退款金额必须大于零。</translation>
    </message>
    <message>
        <source>A refund of %1 is more than the %2 that can still be refunded (the full refund is %3, of which %4 has been refunded already).</source>
        <translation>退款 %1 超过了仍可退还的 %2（全额退款为 %3，其中已退 %4）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency the platform trades in.</source>
        <translation>“%1”不是平台使用的货币。</translation>
    </message>
    <message>
        <source>Expected an amount in CNY, not in %1.</source>
        <translation>此处应为人民币（CNY）金额，而不是 %1。</translation>
    </message>
    <message>
        <source>Supplier cost</source>
        <translation>供应商成本</translation>
    </message>
    <message>
        <source>Shipping cost</source>
        <translation>运输成本</translation>
    </message>
</context>
<context>
    <name>wk::JournalChain</name>
    <message numerus="yes">
        <source>The decision journal verifies: %n entries, unbroken.</source>
        <translation>
            <numerusform>决策日志校验通过：共 %n 条，链条完整。</numerusform>
        </translation>
    </message>
    <message>
        <source>The decision journal was changed: entry %1 no longer matches its hash. Keep this cache file as evidence and tell your lead.</source>
        <translation>决策日志已被修改：第 %1 条与其哈希值不再一致。请保留此缓存文件作为证据，并告知您的主管。</translation>
    </message>
    <message>
        <source>The decision journal is broken before entry %1: an entry was removed or moved. Keep this cache file as evidence and tell your lead.</source>
        <translation>决策日志在第 %1 条之前断开：有条目被删除或移动。请保留此缓存文件作为证据，并告知您的主管。</translation>
    </message>
    <message>
        <source>The decision journal has an entry without a hash (entry %1), added outside Watchkeeper. Keep this cache file as evidence and tell your lead.</source>
        <translation>决策日志中有一条没有哈希值的条目（第 %1 条），是在 Watchkeeper 之外添加的。请保留此缓存文件作为证据，并告知您的主管。</translation>
    </message>
    <message>
        <source>The newest entries of the decision journal are missing: it should reach entry %1. Keep this cache file as evidence and tell your lead.</source>
        <translation>决策日志最新的条目缺失：它应当到第 %1 条为止。请保留此缓存文件作为证据，并告知您的主管。</translation>
    </message>
</context>
<context>
    <name>wk::JournalDesk</name>
    <message>
        <source>No journal yet</source>
        <translation>尚无日志</translation>
    </message>
    <message>
        <source>Every decision, command outcome, conflict resolution and personal-data reveal is recorded here, chained so that no entry can be changed unnoticed.</source>
        <translation>每个决定、命令结果、冲突处理和个人数据查看都会记录在这里，并以哈希链相连，任何条目都无法被悄悄修改。</translation>
    </message>
    <message>
        <source>Journal entries, newest first</source>
        <translation>日志条目，最新的在前</translation>
    </message>
    <message>
        <source>Search: item, order, command, reason…</source>
        <translation>搜索：条目、订单、命令、原因…</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>搜索日志</translation>
    </message>
    <message>
        <source>Show only this kind of entry</source>
        <translation>只显示此类条目</translation>
    </message>
    <message>
        <source>Every kind of entry</source>
        <translation>所有类型的条目</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Show only this supervisor&apos;s entries</source>
        <translation>只显示该主管的条目</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export the whole journal as CSV</source>
        <translation>将整个日志导出为 CSV</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <source>Export the whole journal as JSON</source>
        <translation>将整个日志导出为 JSON</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Verify the journal&apos;s hash chain</source>
        <translation>校验日志的哈希链</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Every decision and its outcome, who made it and what the AI suggested; tamper-evident.</source>
        <translation>每个决定及其结果、决定人和 AI 的建议；任何篡改都会被发现。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown (newest first, at most 5,000)</source>
        <translation>
            <numerusform>显示 %n 条（最新的在前，最多 5,000 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ The journal could not be checked: %1</source>
        <translation>⚠ 无法校验日志：%1</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>导出日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>There is no journal to export until the console has a cache.</source>
        <translation>控制台还没有缓存，暂无日志可导出。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported to %1: %2</source>
        <translation>已导出到 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wk::JournalExport</name>
    <message>
        <source>This is not a Watchkeeper journal export in CSV: its first line must be the column names.</source>
        <translation>这不是 Watchkeeper 的 CSV 日志导出文件：第一行必须是列名。</translation>
    </message>
    <message>
        <source>Line %1 of the journal export has %2 fields instead of %3.</source>
        <translation>日志导出文件第 %1 行有 %2 个字段，而不是 %3 个。</translation>
    </message>
    <message>
        <source>This is not a Watchkeeper journal export in JSON.</source>
        <translation>这不是 Watchkeeper 的 JSON 日志导出文件。</translation>
    </message>
</context>
<context>
    <name>wk::JournalModel</name>
    <message>
        <source>Decided / queued</source>
        <translation>已决定 / 已排队</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>Applied (repeat)</source>
        <translation>已生效（重复）</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>冲突已处理</translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation>查看了个人数据</translation>
    </message>
    <message>
        <source>Cache rebuilt</source>
        <translation>缓存已重建</translation>
    </message>
    <message>
        <source>Console registered</source>
        <translation>控制台已注册</translation>
    </message>
    <message>
        <source>Console forgotten by the platform</source>
        <translation>平台已遗忘此控制台</translation>
    </message>
    <message>
        <source>flagged %1 (confidence %2)</source>
        <translation>标记：%1（置信度 %2）</translation>
    </message>
    <message>
        <source>proposes %1</source>
        <translation>建议 %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Command and target</source>
        <translation>命令与对象</translation>
    </message>
    <message>
        <source>AI suggestion</source>
        <translation>AI 建议</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>wk::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Next Desk</source>
        <translation>下一个工作区(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Desk</source>
        <translation>上一个工作区(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Watchkeeper</source>
        <translation>关于 Watchkeeper(&amp;A)</translation>
    </message>
    <message>
        <source>Watchkeeper</source>
        <translation>Watchkeeper</translation>
    </message>
    <message>
        <source>Watchkeeper — Demo platform</source>
        <translation>Watchkeeper — 演示平台</translation>
    </message>
    <message>
        <source>Watchkeeper — %1</source>
        <translation>Watchkeeper — %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Choose File → Settings… to enter the platform&apos;s address.</source>
        <translation>请选择“文件 → 设置…”输入平台地址。</translation>
    </message>
    <message>
        <source>Demo platform</source>
        <translation>演示平台</translation>
    </message>
    <message>
        <source>A reference platform with generated data runs inside the console. Nothing you do here reaches the real shop.</source>
        <translation>控制台内运行着一个使用生成数据的参考平台。您在这里的任何操作都不会影响真实的网店。</translation>
    </message>
    <message>
        <source>Platform %1 — not synced yet</source>
        <translation>平台 %1 — 尚未同步</translation>
    </message>
</context>
<context>
    <name>wk::Migrator</name>
    <message>
        <source>%1 is an SQLite database, but not a %2 file. Watchkeeper will not change it: choose another file, or move this one away.</source>
        <translation>%1 是 SQLite 数据库，但不是 %2 文件。Watchkeeper 不会修改它：请选择其他文件，或将此文件移走。</translation>
    </message>
    <message>
        <source>%1 was written by a newer Watchkeeper (schema %2; this version knows up to %3). Update Watchkeeper, or choose another file. The file was not changed.</source>
        <translation>%1 由更新版本的 Watchkeeper 写入（架构 %2；此版本最高支持 %3）。请更新 Watchkeeper，或选择其他文件。该文件未被修改。</translation>
    </message>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation>无法读取迁移文件 %1。</translation>
    </message>
    <message>
        <source>Updating %1 to schema %2 failed; the file was left as it was (schema %3). Detail: %4</source>
        <translation>将 %1 更新到架构 %2 失败；文件保持原样（架构 %3）。详情：%4</translation>
    </message>
    <message>
        <source>%1 needs an update to schema %2, but it is open read-only. Allow your user to write to it, or choose another file.</source>
        <translation>%1 需要更新到架构 %2，但它以只读方式打开。请允许当前用户写入该文件，或选择其他文件。</translation>
    </message>
</context>
<context>
    <name>wk::NotificationCenter</name>
    <message>
        <source>New urgent exceptions</source>
        <translation>新的紧急异常</translation>
    </message>
    <message>
        <source>SLA about to be breached</source>
        <translation>SLA 即将超时</translation>
    </message>
    <message>
        <source>Decision journal broken</source>
        <translation>决策日志已损坏</translation>
    </message>
    <message numerus="yes">
        <source>%n new urgent exception(s)</source>
        <translation>
            <numerusform>%n 个新的紧急异常</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2. The guarantee will probably pay for it.</source>
        <translation>%1：%2。保障很可能要为此赔付。</translation>
    </message>
    <message>
        <source>The newest: %1 (%2).</source>
        <translation>最新的：%1（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) about to breach the SLA</source>
        <translation>
            <numerusform>%n 项即将超过 SLA</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 review items and %2 exceptions are due within 15 minutes.</source>
        <translation>%1 个审核条目和 %2 个异常将在 15 分钟内到期。</translation>
    </message>
</context>
<context>
    <name>wk::NotificationToast</name>
    <message>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open what the notification is about</source>
        <translation>打开通知所涉及的内容</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss the notification</source>
        <translation>关闭此通知</translation>
    </message>
</context>
<context>
    <name>wk::OverviewBoard</name>
    <message>
        <source>SLA clocks</source>
        <translation>SLA 时钟</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>审核队列</translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation>未结异常</translation>
    </message>
    <message>
        <source>AI error rates</source>
        <translation>AI 错误率</translation>
    </message>
    <message>
        <source>Why items were flagged</source>
        <translation>标记原因</translation>
    </message>
    <message>
        <source>Guarantee this week</source>
        <translation>本周保障赔付</translation>
    </message>
    <message>
        <source>Throughput per supervisor</source>
        <translation>每位主管的处理量</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 项待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Open and claimed review items. Opens the Review desk.</source>
        <translation>未处理和已认领的审核条目。打开审核工作台。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Opens the Review desk showing %1 only.</source>
        <translation>打开审核工作台，只显示%1。</translation>
    </message>
    <message>
        <source>Review queue by kind</source>
        <translation>按类型划分的审核队列</translation>
    </message>
    <message>
        <source>No flags</source>
        <translation>没有标记</translation>
    </message>
    <message>
        <source>The most common reason in the queue. Opens the Review desk filtered to it.</source>
        <translation>队列中最常见的原因。打开按此筛选的审核工作台。</translation>
    </message>
    <message>
        <source>Opens the Review desk showing items flagged for: %1.</source>
        <translation>打开审核工作台，显示因“%1”被标记的条目。</translation>
    </message>
    <message>
        <source>Review queue by flag reason</source>
        <translation>按标记原因划分的审核队列</translation>
    </message>
    <message numerus="yes">
        <source>%n breached</source>
        <translation>
            <numerusform>%n 项已超时</numerusform>
        </translation>
    </message>
    <message>
        <source>Items past their SLA. Opens the desk with the most of them.</source>
        <translation>已超过 SLA 的条目。打开其中最多的工作台。</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message numerus="yes">
        <source>Review: %n breached</source>
        <translation>
            <numerusform>审核：%n 项已超时</numerusform>
        </translation>
    </message>
    <message>
        <source>Opens the Review desk showing items past their SLA.</source>
        <translation>打开审核工作台，显示已超过 SLA 的条目。</translation>
    </message>
    <message>
        <source>Review: %1 due within %2 min</source>
        <translation>审核：%1 项将在 %2 分钟内到期</translation>
    </message>
    <message>
        <source>Opens the Review desk showing items due within the hour.</source>
        <translation>打开审核工作台，显示一小时内到期的条目。</translation>
    </message>
    <message numerus="yes">
        <source>Exceptions: %n breached</source>
        <translation>
            <numerusform>异常：%n 项已超时</numerusform>
        </translation>
    </message>
    <message>
        <source>Opens the Fulfilment desk showing exceptions past their SLA.</source>
        <translation>打开履约工作台，显示已超过 SLA 的异常。</translation>
    </message>
    <message>
        <source>Exceptions: %1 due within %2 min</source>
        <translation>异常：%1 项将在 %2 分钟内到期</translation>
    </message>
    <message>
        <source>Opens the Fulfilment desk showing exceptions due within the hour.</source>
        <translation>打开履约工作台，显示一小时内到期的异常。</translation>
    </message>
    <message>
        <source>expected %1–%2</source>
        <translation>预期 %1–%2</translation>
    </message>
    <message>
        <source>expected under %1</source>
        <translation>预期低于 %1</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <source> — drift</source>
        <translation> — 偏离</translation>
    </message>
    <message>
        <source>%1 of %2 observed as errors. Opens the desk with these items.</source>
        <translation>在 %2 项中观察到 %1 项错误。打开包含这些条目的工作台。</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <source>As expected</source>
        <translation>符合预期</translation>
    </message>
    <message>
        <source>Every kind of work is within its expected error rate.</source>
        <translation>各类工作的错误率均在预期范围内。</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>偏离</translation>
    </message>
    <message>
        <source>Drift: %1</source>
        <translation>偏离：%1</translation>
    </message>
    <message>
        <source>The AI&apos;s error rate left its expected band. Opens the desk with these items.</source>
        <translation>AI 的错误率超出了预期范围。打开包含这些条目的工作台。</translation>
    </message>
    <message>
        <source>%1: %2 per hour (%3 in %4 h)</source>
        <translation>%1：每小时 %2（%4 小时内 %3）</translation>
    </message>
    <message>
        <source>Opens the journal showing what %1 did.</source>
        <translation>打开日志，显示 %1 的操作。</translation>
    </message>
    <message>
        <source>%1 decisions per hour</source>
        <translation>每小时 %1 个决定</translation>
    </message>
    <message numerus="yes">
        <source>Review decisions of every supervisor over the last %n hours. Opens the journal.</source>
        <translation>
            <numerusform>所有主管在过去 %n 小时内的审核决定。打开日志。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n 项未结</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders that left the happy path. Opens the Fulfilment desk.</source>
        <translation>偏离正常流程的订单。打开履约工作台。</translation>
    </message>
    <message numerus="yes">
        <source>%n urgent</source>
        <translation>
            <numerusform>%n 项紧急</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent: the guarantee will probably pay. Opens the Fulfilment desk showing %1.</source>
        <translation>紧急：保障很可能需要赔付。打开履约工作台，显示%1。</translation>
    </message>
    <message>
        <source>Opens the Fulfilment desk showing %1.</source>
        <translation>打开履约工作台，显示%1。</translation>
    </message>
    <message>
        <source>Open exceptions by code</source>
        <translation>按代码划分的未结异常</translation>
    </message>
    <message numerus="yes">
        <source>%n full refund(s)</source>
        <translation>
            <numerusform>%n 笔全额退款</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders refunded in full (goods, shipping and fee) since Monday. Opens the refunded orders.</source>
        <translation>自周一以来全额退款（商品、运费和服务费）的订单。打开已退款的订单。</translation>
    </message>
    <message>
        <source>%1 paid, %2 at risk</source>
        <translation>已付 %1，风险 %2</translation>
    </message>
    <message>
        <source>Refunds paid since Monday in %1, and what this week&apos;s open exceptions could cost.</source>
        <translation>自周一以来以 %1 支付的退款，以及本周未结异常可能的花费。</translation>
    </message>
    <message>
        <source>%1 at risk</source>
        <translation>风险 %1</translation>
    </message>
    <message>
        <source>What this week&apos;s open exceptions could cost in %1.</source>
        <translation>本周未结异常以 %1 计可能的花费。</translation>
    </message>
    <message>
        <source>What full refunds would cost if this week&apos;s open exceptions all ended in one.</source>
        <translation>如果本周所有未结异常都以全额退款告终，将花费多少。</translation>
    </message>
    <message>
        <source>At risk since %1: %2</source>
        <translation>自 %1 起的风险：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) with open exceptions</source>
        <translation>
            <numerusform>%n 个订单有未结异常</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wk::OverviewCharts</name>
    <message>
        <source>Observed</source>
        <translation>观察值</translation>
    </message>
    <message>
        <source>Expected at most</source>
        <translation>预期上限</translation>
    </message>
    <message>
        <source>AI error rate per kind, observed and expected, in percent</source>
        <translation>各类型的 AI 错误率（观察值与预期值，百分比）</translation>
    </message>
    <message numerus="yes">
        <source>Decisions per hour over the last %n hours, per supervisor</source>
        <translation>
            <numerusform>过去 %n 小时内每位主管每小时的决定数</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wk::OverviewDesk</name>
    <message>
        <source>Nothing to overview yet</source>
        <translation>暂无概览内容</translation>
    </message>
    <message>
        <source>Queue depths, SLA clocks, the AI&apos;s error rates, throughput, exceptions and what the guarantee costs will appear here once the console has synced.</source>
        <translation>控制台同步后，这里会显示队列深度、SLA 时钟、AI 错误率、处理量、异常以及保障赔付的花费。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>What needs attention now: queues, SLA clocks, AI error rates, exceptions and the guarantee&apos;s cost.</source>
        <translation>现在需要关注的：队列、SLA 时钟、AI 错误率、异常和保障赔付的花费。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Choose which notifications to show</source>
        <translation>选择要显示的通知</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Refresh the overview</source>
        <translation>刷新概览</translation>
    </message>
    <message>
        <source>Open the journal</source>
        <translation>打开日志</translation>
    </message>
    <message>
        <source>Open the decision journal</source>
        <translation>打开决策日志</translation>
    </message>
    <message>
        <source>Could not read the cache: %1</source>
        <translation>无法读取缓存：%1</translation>
    </message>
    <message>
        <source>The cache has no review items, orders or exceptions yet. They appear here as the sync brings them.</source>
        <translation>缓存中还没有审核条目、订单或异常。同步带来数据后会显示在这里。</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>The decision journal is broken</source>
        <translation>决策日志已损坏</translation>
    </message>
</context>
<context>
    <name>wk::OverviewTexts</name>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>文案</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Visible artefact</source>
        <translation>可见瑕疵</translation>
    </message>
    <message>
        <source>Not the product</source>
        <translation>与商品不符</translation>
    </message>
    <message>
        <source>Garbled text</source>
        <translation>文字乱码</translation>
    </message>
    <message>
        <source>Continuity glitch</source>
        <translation>连贯性错误</translation>
    </message>
    <message>
        <source>Flash frame</source>
        <translation>闪帧</translation>
    </message>
    <message>
        <source>Wrong colour</source>
        <translation>颜色错误</translation>
    </message>
    <message>
        <source>Unbacked claim</source>
        <translation>无依据的宣称</translation>
    </message>
    <message>
        <source>Forbidden claim</source>
        <translation>违禁宣称</translation>
    </message>
    <message>
        <source>Certification claim</source>
        <translation>认证宣称</translation>
    </message>
    <message>
        <source>Numbers disagree</source>
        <translation>数字不一致</translation>
    </message>
    <message>
        <source>Missing field</source>
        <translation>缺少字段</translation>
    </message>
    <message>
        <source>Trademark risk</source>
        <translation>商标风险</translation>
    </message>
    <message>
        <source>Low AI confidence</source>
        <translation>AI 置信度低</translation>
    </message>
    <message>
        <source>Invalid tracking number</source>
        <translation>无效运单号</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>Customs hold</source>
        <translation>海关扣留</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>投递失败</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>退回中</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>Supplier late</source>
        <translation>供应商延迟</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>发错商品</translation>
    </message>
    <message>
        <source>Failed warehouse QC</source>
        <translation>仓库质检未通过</translation>
    </message>
    <message>
        <source>Quality complaint</source>
        <translation>质量投诉</translation>
    </message>
    <message>
        <source>Delivered, not received</source>
        <translation>显示已送达但未收到</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>currency code, amount</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>wk::PlatformClient</name>
    <message>
        <source>The platform address &quot;%1&quot; is not a valid URL.</source>
        <translation>平台地址“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <source>The platform address must start with https:// (or http:// for this computer).</source>
        <translation>平台地址必须以 https:// 开头（本机可用 http://）。</translation>
    </message>
    <message>
        <source>The connection to %1 would not be encrypted: use an https address, or allow unencrypted connections explicitly if this network is trusted.</source>
        <translation>与 %1 的连接将不加密：请使用 https 地址；如果信任此网络，也可以明确允许未加密连接。</translation>
    </message>
</context>
<context>
    <name>wk::ReviewDesk</name>
    <message>
        <source>Nothing to review yet</source>
        <translation>暂无待审核内容</translation>
    </message>
    <message>
        <source>Flagged images, videos and copy will appear here once the console has synced with the platform.</source>
        <translation>控制台与平台同步后，被标记的图片、视频和文案将显示在这里。</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Flagged images, videos and copy waiting for a decision.</source>
        <translation>等待决定的被标记图片、视频和文案。</translation>
    </message>
</context>
<context>
    <name>wk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>https://platform.example.com</source>
        <translation>https://platform.example.com</translation>
    </message>
    <message>
        <source>Your supervisor token</source>
        <translation>您的主管令牌</translation>
    </message>
    <message>
        <source>Warning: without encryption, anyone on the network between you and the platform can read your token and the shop&apos;s data, and act as you. Use this only on a network you trust, such as a test setup.</source>
        <translation>警告：不加密时，您与平台之间网络上的任何人都能读取您的令牌和网店数据，并冒充您操作。请仅在您信任的网络（例如测试环境）中使用。</translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation>平台地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Supervisor &amp;token:</source>
        <translation>主管令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>The token is kept in memory for this session only and asked for again after a restart. Storing it in the system keychain comes with the sync work.</source>
        <translation>令牌仅在本次会话中保存在内存里，重启后需要重新输入。保存到系统钥匙串的功能将随同步功能一起提供。</translation>
    </message>
    <message>
        <source>Allow an unencrypted connection</source>
        <translation>允许未加密的连接</translation>
    </message>
</context>
<context>
    <name>wk::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>wk::SuppliersDesk</name>
    <message>
        <source>No suppliers yet</source>
        <translation>暂无供应商</translation>
    </message>
    <message>
        <source>Pallet traders, direct factories and the 1688 long tail will appear here with their scorecards once the console has synced with the platform.</source>
        <translation>控制台与平台同步后，托盘贸易商、直供工厂和 1688 长尾卖家将连同其评分卡显示在这里。</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Pallet traders, direct factories and the 1688 long tail, with their scorecards.</source>
        <translation>托盘贸易商、直供工厂和 1688 长尾卖家及其评分卡。</translation>
    </message>
</context>
<context>
    <name>wk::SyncDesk</name>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Decisions waiting to be sent, the last successful pull and conflicts that need a person will appear here once the console is connected to a platform.</source>
        <translation>控制台连接到平台后，待发送的决定、最近一次成功拉取的时间以及需要人工处理的冲突将显示在这里。</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>The connection to the platform: what is waiting to be sent, what came in, and conflicts.</source>
        <translation>与平台的连接：等待发送的内容、已收到的内容以及冲突。</translation>
    </message>
</context>
<context>
    <name>wk::SyncEngine</name>
    <message>
        <source>Sync was stopped before the platform answered.</source>
        <translation>同步在平台应答前已停止。</translation>
    </message>
    <message>
        <source>Working offline: sent again when back online.</source>
        <translation>离线工作：恢复在线后会重新发送。</translation>
    </message>
    <message>
        <source>the results do not match the commands sent</source>
        <translation>结果与发送的命令不一致</translation>
    </message>
</context>
<context>
    <name>wk::SyncStatusIndicator</name>
    <message>
        <source>Sync not started</source>
        <translation>同步尚未开始</translation>
    </message>
    <message>
        <source>Syncing: %1 changes received</source>
        <translation>正在同步：已接收 %1 项变更</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation>离线工作中</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>waiting to be sent: %1, the oldest for %2 min</source>
        <translation>待发送：%1 项，最早的已等待 %2 分钟</translation>
    </message>
    <message>
        <source>waiting to be sent: %1</source>
        <translation>待发送：%1 项</translation>
    </message>
    <message>
        <source>for you in the Sync desk: %1</source>
        <translation>待您在“同步”中处理：%1 项</translation>
    </message>
    <message>
        <source>last pull %1</source>
        <translation>上次拉取 %1</translation>
    </message>
</context>
<context>
    <name>wk::TrackingNumberValidator</name>
    <message>
        <source>This number cannot be checked.</source>
        <translation>无法校验此单号。</translation>
    </message>
    <message>
        <source>This looks like a %1 number, but its check digit should be %2, not %3. Compare it with the label again.</source>
        <translation>这看起来是 %1 单号，但校验位应为 %2，而不是 %3。请再与面单核对一遍。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (character %2) must be a digit: a UPU postal number has 9 digits between its letters.</source>
        <translation>“%1”（第 %2 个字符）必须是数字：万国邮联（UPU）邮件号的字母之间是 9 位数字。</translation>
    </message>
    <message>
        <source>%1 is fine as a service code, but &apos;%2&apos; is not an ISO country code: a UPU postal number ends with the code of the sending country, such as CN or GB.</source>
        <translation>%1 作为业务代码没有问题，但“%2”不是 ISO 国家代码：万国邮联（UPU）邮件号以寄件国家代码结尾，例如 CN 或 GB。</translation>
    </message>
    <message numerus="yes">
        <source>UPS numbers are 1Z + 16 characters; this one has %n after 1Z.</source>
        <translation>
            <numerusform>UPS 单号由 1Z 加 16 个字符组成；此单号在 1Z 之后有 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; (character %2) must be a digit: the last 8 characters of a UPS number (package number and check digit) are digits.</source>
        <translation>“%1”（第 %2 个字符）必须是数字：UPS 单号的最后 8 个字符（包裹编号和校验位）都是数字。</translation>
    </message>
    <message numerus="yes">
        <source>This starts like a USPS routing code (420 and a ZIP code), but after 420 and a 5- or 9-digit ZIP code a USPS number has 20, 22 or 26 digits; this one has %n digits in all.</source>
        <translation>
            <numerusform>此单号开头像 USPS 路由码（420 加邮政编码），但在 420 和 5 位或 9 位 ZIP 邮编之后，USPS 单号应有 20、22 或 26 位数字；此单号共有 %n 位数字。</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; (character %2) must be a digit: %3 numbers are %4 followed by digits only.</source>
        <translation>“%1”（第 %2 个字符）必须是数字：%3 单号由 %4 加纯数字组成。</translation>
    </message>
    <message>
        <source>%1 numbers are %2 + %3 digits; this one has %4 after %2.</source>
        <translation>%1 单号由 %2 加 %3 位数字组成；此单号在 %2 之后有 %4 位。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (character %2) must be a digit: 4PX numbers are 4PX, 13 to 16 digits and CN.</source>
        <translation>“%1”（第 %2 个字符）必须是数字：4PX 单号由 4PX、13 到 16 位数字和 CN 组成。</translation>
    </message>
    <message>
        <source>4PX numbers are 4PX, 13 to 16 digits and CN; this one does not end with CN.</source>
        <translation>4PX 单号由 4PX、13 到 16 位数字和 CN 组成；此单号不是以 CN 结尾。</translation>
    </message>
    <message numerus="yes">
        <source>4PX numbers are 4PX, 13 to 16 digits and CN; this one has %n digits.</source>
        <translation>
            <numerusform>4PX 单号由 4PX、13 到 16 位数字和 CN 组成；此单号有 %n 位数字。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a tracking number: the field is empty.</source>
        <translation>请输入运单号：此栏为空。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be part of a tracking number: only the letters A to Z and digits can.</source>
        <translation>“%1”不能出现在运单号中：只能包含字母 A 到 Z 和数字。</translation>
    </message>
    <message numerus="yes">
        <source>A UPU postal number is 2 letters, 9 digits and a 2-letter country code; this one has %n digits.</source>
        <translation>
            <numerusform>万国邮联（UPU）邮件号由 2 个字母、9 位数字和 2 个字母的国家代码组成；此单号有 %n 位数字。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 matches none of the carriers the platform uses (UPU postal S10, UPS, USPS, FedEx, DHL Express, YunExpress, 4PX, Cainiao). Check for a missing or extra character.</source>
        <translation>%1 不符合平台所用任何承运商的格式（万国邮联 S10、UPS、USPS、FedEx、DHL Express、云途 YunExpress、4PX、菜鸟）。请检查是否漏输或多输了字符。</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>UPU postal (S10)</source>
        <translation>万国邮联邮件（S10）</translation>
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
        <translation>云途物流</translation>
    </message>
    <message>
        <source>4PX</source>
        <translation>递四方 4PX</translation>
    </message>
    <message>
        <source>Cainiao</source>
        <translation>菜鸟</translation>
    </message>
    <message>
        <source>Unknown carrier</source>
        <translation>未知承运商</translation>
    </message>
    <message>
        <source>FedEx</source>
        <translation>FedEx</translation>
    </message>
    <message>
        <source>Royal Mail</source>
        <translation>英国皇家邮政</translation>
    </message>
    <message>
        <source>Australia Post</source>
        <translation>澳大利亚邮政</translation>
    </message>
    <message>
        <source>Canada Post</source>
        <translation>加拿大邮政</translation>
    </message>
    <message>
        <source>China Post</source>
        <translation>中国邮政</translation>
    </message>
    <message>
        <source>National post</source>
        <translation>国家邮政</translation>
    </message>
    <message numerus="yes">
        <source>A number of digits alone has 10 (DHL Express), 12 or 15 (FedEx), or 20, 22 or 26 digits (USPS); this one has %n.</source>
        <translation>
            <numerusform>纯数字单号应有 10 位（DHL Express）、12 或 15 位（FedEx），或 20、22、26 位（USPS）；此单号有 %n 位。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wk::console::CommandLine</name>
    <message>
        <source>Watchkeeper: the desk of the supervisors of an AI-run shop. Review flagged media, settle order exceptions and manage suppliers, online or offline.</source>
        <translation>Watchkeeper：由 AI 运营的网店的主管工作台。审核被标记的媒体、处理订单异常、管理供应商——在线或离线均可。</translation>
    </message>
    <message>
        <source>Start the built-in reference platform with generated data and connect to it. Nothing reaches the real shop.</source>
        <translation>启动内置的参考平台（使用生成的数据）并连接到它。不会影响真实的网店。</translation>
    </message>
    <message>
        <source>Connect to the platform at &lt;url&gt; for this session, instead of the address in Settings.</source>
        <translation>本次会话连接到 &lt;url&gt; 处的平台，而不是设置中的地址。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Keep the local cache in &lt;path&gt; instead of the default location.</source>
        <translation>将本地缓存保存在 &lt;路径&gt;，而不是默认位置。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example de or zh_CN) instead of the system&apos;s.</source>
        <translation>使用语言 &lt;代码&gt;（例如 de 或 zh_CN），而不是系统语言。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Render the main window at 1280×800 into the PNG file &lt;path&gt; and exit.</source>
        <translation>将主窗口以 1280×800 渲染到 PNG 文件 &lt;路径&gt; 后退出。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run watchkeeper --help to see what it can do.</source>
        <translation>未知命令“%1”。运行 watchkeeper --help 查看可用功能。</translation>
    </message>
    <message>
        <source>--demo and --server exclude each other: choose the demo platform or a real one.</source>
        <translation>--demo 与 --server 不能同时使用：请选择演示平台或真实平台。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform address. Write it as https://platform.example.com.</source>
        <translation>“%1”不是平台地址。请写成 https://platform.example.com 的形式。</translation>
    </message>
</context>
<context>
    <name>wk::console::DemoPlatform</name>
    <message>
        <source>Cannot create the folder for the demo platform&apos;s data: %1</source>
        <translation>无法为演示平台的数据创建文件夹：%1</translation>
    </message>
    <message>
        <source>The demo platform could not listen on this computer: %1</source>
        <translation>演示平台无法在本机上监听连接：%1</translation>
    </message>
    <message>
        <source>The demo platform did not start: %1</source>
        <translation>演示平台未能启动：%1</translation>
    </message>
</context>
<context>
    <name>wk::console::JournalCommand</name>
    <message>
        <source>watchkeeper journal verify: checks that no entry of the decision journal was changed, removed or
moved. Exits with 0 when the journal verifies, 1 when it is broken, 2 when it cannot be checked.</source>
        <translation>watchkeeper journal verify：检查决策日志中没有条目被修改、删除或
移动。日志校验通过时退出码为 0，损坏时为 1，无法校验时为 2。</translation>
    </message>
    <message>
        <source>The journal command.</source>
        <translation>日志命令。</translation>
    </message>
    <message>
        <source>What to do: verify.</source>
        <translation>要执行的操作：verify。</translation>
    </message>
    <message>
        <source>The local cache file (default: the console&apos;s cache, %1).</source>
        <translation>本地缓存文件（默认：控制台的缓存，%1）。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Say what to do with the journal: watchkeeper journal verify [--db PATH].</source>
        <translation>请说明要对日志执行的操作：watchkeeper journal verify [--db 路径]。</translation>
    </message>
    <message>
        <source>There is no cache at %1: give its path with --db.</source>
        <translation>%1 处没有缓存：请用 --db 指定其路径。</translation>
    </message>
    <message>
        <source>Newest hash: %1</source>
        <translation>最新哈希值：%1</translation>
    </message>
</context>
<context>
    <name>wk::console::Screenshot</name>
    <message>
        <source>Cannot write the screenshot %1: %2</source>
        <translation>无法写入截图 %1：%2</translation>
    </message>
</context>
<context>
    <name>wk::console::SyncCommand</name>
    <message>
        <source>pages %1, changes %2, pushed %3 (applied %4, conflicts %5, rejected %6), resyncs %7, retries %8</source>
        <translation>页 %1，变更 %2，已发送 %3（已应用 %4，冲突 %5，被拒 %6），重新同步 %7，重试 %8</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2.</source>
        <translation>无法读取令牌文件 %1：%2。</translation>
    </message>
    <message>
        <source>The token file %1 is empty: put the platform token on its first line.</source>
        <translation>令牌文件 %1 为空：请将平台令牌写在第一行。</translation>
    </message>
    <message>
        <source>Warning: the token file %1 can be read by other users; make it readable by you only (chmod 600).</source>
        <translation>警告：其他用户可以读取令牌文件 %1；请设为仅您可读（chmod 600）。</translation>
    </message>
    <message>
        <source>watchkeeper sync: pulls the platform&apos;s changes into the local cache and pushes the queued decisions,
without a window. Runs until stopped, or with --once until everything due is done.</source>
        <translation>watchkeeper sync：将平台的变更拉取到本地缓存并发送排队的决定，
无窗口运行。一直运行到被停止；使用 --once 时在完成所有到期工作后退出。</translation>
    </message>
    <message>
        <source>The sync command.</source>
        <translation>同步命令。</translation>
    </message>
    <message>
        <source>The platform&apos;s address.</source>
        <translation>平台地址。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>File holding the platform token (readable by you only).</source>
        <translation>存放平台令牌的文件（仅您可读）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The local cache file.</source>
        <translation>本地缓存文件。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Pull until up to date, push everything due, then exit.</source>
        <translation>拉取到最新，发送所有到期内容，然后退出。</translation>
    </message>
    <message>
        <source>Allow plain http to a host other than this computer.</source>
        <translation>允许以未加密的 http 连接本机以外的主机。</translation>
    </message>
    <message>
        <source>Commands per push, 1 to 500 (default 500).</source>
        <translation>每次发送的命令数，1 到 500（默认 500）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Changes per page, 1 to 5000 (default 1000).</source>
        <translation>每页变更数，1 到 5000（默认 1000）。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Run watchkeeper sync --help.</source>
        <translation>意外的参数“%1”。请运行 watchkeeper sync --help。</translation>
    </message>
    <message>
        <source>watchkeeper sync needs --server, --token-file and --db.</source>
        <translation>watchkeeper sync 需要 --server、--token-file 和 --db。</translation>
    </message>
    <message>
        <source>--batch-size must be a whole number from 1 to 500.</source>
        <translation>--batch-size 必须是 1 到 500 之间的整数。</translation>
    </message>
    <message>
        <source>--page-size must be a whole number from 1 to 5000.</source>
        <translation>--page-size 必须是 1 到 5000 之间的整数。</translation>
    </message>
    <message>
        <source>%1 (pending %2)</source>
        <translation>%1（待发送 %2）</translation>
    </message>
    <message>
        <source>Sync complete.</source>
        <translation>同步完成。</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <source>Syncing %1 into %2</source>
        <translation>正在将 %1 同步到 %2</translation>
    </message>
</context>
</TS>
