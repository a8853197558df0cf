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
    <name>wk::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::CommandQueue</name>
    <message>
        <source>The decision could not be saved, so nothing was queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command %1 is no longer in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command could not be sent again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command could not be dismissed: %1</source>
        <translation type="unfinished"></translation>
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
    <name>wk::ReviewConflictBanner</name>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep looking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the conflict notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 If you decide it anyway, your decision is kept as a conflict for you to settle on the Sync desk — it is not lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ReviewDecider</name>
    <message numerus="yes">
        <source>Approved %n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked to regenerate %n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Corrected %n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Escalated %n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Approved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to regenerate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 undoes it for %n seconds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — sent to the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1. The item is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too late to undo: %1 has already been sent to the platform. The platform has no command that reverses a decision; ask a lead to reopen the item if it was wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly undone: %1 of %2 decisions withdrawn; the others had already been sent and cannot be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ReviewDecisionPrompt</name>
    <message>
        <source>Decision details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regeneration note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the generator do differently? Enter sends, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media broken or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1 — why? Press 1–9, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate %1 — with a note for the generator:</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session: items decided, per hour, and the median time per item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction carries one item&apos;s edited text: open a single copy item to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only copy can be corrected here; reject an image or a video, or ask to regenerate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the text in the item pane first: a correction carries the edited text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 — %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already %2 this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item was escalated elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has claimed this item meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open an item first: there is nothing to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 That was the last item in this view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cluster: %n items from %1 flagged “%2”. The next decision applies to all of them; Esc cancels.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster cancelled: decisions apply to the open item again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not claimed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your claim: %1:%2 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ReviewDeskActions</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the item (or the selection) and go on to the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject with a reason: then press 1–9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the generator for a new version, with a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the copy as edited in the item pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the item to a lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the last decision while it is still in its grace period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the next item in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the previous item in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every item of this supplier with the same flag reason: the next decision applies to all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the reason, the note or the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, copy and reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the desk&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find any of the desk&apos;s commands by name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ReviewFacetBar</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All flag reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All locales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone&apos;s claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished">订单</translation>
    </message>
    <message>
        <source>Highest impact first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least AI confidence first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, copy and reasons (/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current facets, search and order under a name, or open a saved view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save current view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ReviewLabels</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>artefact visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>garbled text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuity glitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flash frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbacked claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forbidden claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certification claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trademark risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regeneration requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pallet trader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct factory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1688 long tail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount, currency code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · SLA breached %2 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · due in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ReviewQueueModel</name>
    <message>
        <source>%1+</source>
        <comment>more items than counted</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>AI confidence in percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision is in the outbox; the platform has not confirmed it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU · title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age / SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ReviewReaderThread</name>
    <message>
        <source>A review item in the cache could not be read (%1). Syncing again usually repairs it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ReviewSessionStats</name>
    <message>
        <source>%1 decided · %2/h · median %3 s</source>
        <translation type="unfinished"></translation>
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
