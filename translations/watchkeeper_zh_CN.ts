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
    <name>wk::BoardColumnModel</name>
    <message>
        <source>on hold</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>pending: %1</source>
        <translation>待处理：%1</translation>
    </message>
    <message>
        <source>Order %1, %2 in %3, customer %4, tracking %5</source>
        <translation>订单 %1，%2 寄往 %3，客户 %4，运单号 %5</translation>
    </message>
    <message>
        <source>no carrier</source>
        <translation>无承运商</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>wk::BoardView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Orders in %1: %2</source>
        <translation>%1 中的订单：%2</translation>
    </message>
</context>
<context>
    <name>wk::CarrierStatuses</name>
    <message>
        <source>Carrier does not know this number</source>
        <translation>承运商无此单号记录</translation>
    </message>
    <message>
        <source>Not yet scanned by the carrier</source>
        <translation>承运商尚未扫描</translation>
    </message>
    <message>
        <source>Label created</source>
        <translation>已创建面单</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>已揽收</translation>
    </message>
    <message>
        <source>Departed a facility</source>
        <translation>已离开转运中心</translation>
    </message>
    <message>
        <source>Arrived at a facility</source>
        <translation>已到达转运中心</translation>
    </message>
    <message>
        <source>In customs clearance</source>
        <translation>清关中</translation>
    </message>
    <message>
        <source>Released by customs</source>
        <translation>海关已放行</translation>
    </message>
    <message>
        <source>Held by customs: information required</source>
        <translation>海关扣留：需要补充资料</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>运输中</translation>
    </message>
    <message>
        <source>Tracking expired without delivery</source>
        <translation>跟踪已过期，未妥投</translation>
    </message>
    <message>
        <source>Waiting at a pickup point</source>
        <translation>在自提点等待取件</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>派送中</translation>
    </message>
    <message>
        <source>Delivery failed: nobody at the address</source>
        <translation>派送失败：收件地址无人</translation>
    </message>
    <message>
        <source>Delivery failed: address invalid</source>
        <translation>派送失败：地址无效</translation>
    </message>
    <message>
        <source>Delivery refused by the recipient</source>
        <translation>收件人拒收</translation>
    </message>
    <message>
        <source>Delivery failed: security check</source>
        <translation>派送失败：安检问题</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>派送失败</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已妥投</translation>
    </message>
    <message>
        <source>Lost by the carrier</source>
        <translation>承运商丢失</translation>
    </message>
    <message>
        <source>Destroyed by the carrier</source>
        <translation>承运商销毁</translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation>运输途中损坏</translation>
    </message>
    <message>
        <source>Returning to the sender</source>
        <translation>正在退回寄件人</translation>
    </message>
    <message>
        <source>Returned to the sender</source>
        <translation>已退回寄件人</translation>
    </message>
    <message>
        <source>Delayed: no scan for too long</source>
        <translation>延误：长时间无扫描</translation>
    </message>
    <message>
        <source>Refused by the recipient</source>
        <translation>收件人拒收</translation>
    </message>
    <message>
        <source>Held for a security or customs check</source>
        <translation>因安检或海关查验被扣留</translation>
    </message>
    <message>
        <source>Carrier exception</source>
        <translation>承运商异常</translation>
    </message>
    <message>
        <source>Unknown carrier status %1</source>
        <translation>未知的承运商状态 %1</translation>
    </message>
</context>
<context>
    <name>wk::CommandQueue</name>
    <message>
        <source>The decision could not be saved, so nothing was queued: %1</source>
        <translation>决定未能保存，因此没有任何内容进入队列：%1</translation>
    </message>
    <message>
        <source>The command %1 is no longer in the outbox.</source>
        <translation>命令 %1 已不在发件箱中。</translation>
    </message>
    <message>
        <source>The command could not be sent again: %1</source>
        <translation>命令无法重新发送：%1</translation>
    </message>
    <message>
        <source>The command could not be dismissed: %1</source>
        <translation>命令无法忽略：%1</translation>
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
    <name>wk::ExceptionQueueModel</name>
    <message>
        <source>fix tracking</source>
        <translation>修正运单号</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>reship</source>
        <translation>重发</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>release</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>no SLA</source>
        <translation>无 SLA</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>AI: %1</source>
        <translation>AI：%1</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 待处理</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <source>AI proposal</source>
        <translation>AI 建议</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
</context>
<context>
    <name>wk::FulfilmentActions</name>
    <message>
        <source>Connect to a platform first: there is no cache to queue commands in.</source>
        <translation>请先连接平台：目前没有可存放命令的缓存。</translation>
    </message>
    <message>
        <source>Select an exception first (arrow keys in the queue).</source>
        <translation>请先选择一个异常（在队列中使用方向键）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 queued for %n order(s); Ctrl+Z undoes it within %2 s.</source>
        <translation>
            <numerusform>已为 %n 个订单提交“%1”；%2 秒内可按 Ctrl+Z 撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>The order&apos;s amounts are still loading; try again in a moment.</source>
        <translation>订单金额仍在加载，请稍后再试。</translation>
    </message>
    <message>
        <source>Order %1 has amounts in more than one currency; refund it on the platform.</source>
        <translation>订单 %1 的金额涉及多种货币，请在平台上退款。</translation>
    </message>
    <message numerus="yes">
        <source>Hold %n order(s)</source>
        <translation>
            <numerusform>暂停 %n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Why are they held?</source>
        <translation>暂停原因是什么？</translation>
    </message>
    <message>
        <source>Waiting for the supplier&apos;s answer</source>
        <translation>等待供应商答复</translation>
    </message>
    <message>
        <source>Contact the supplier of %1</source>
        <translation>联系 %1 的供应商</translation>
    </message>
    <message>
        <source>Note to the supplier</source>
        <translation>给供应商的留言</translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n exception(s)</source>
        <translation>
            <numerusform>解决 %n 个异常</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Checked: no further action needed</source>
        <translation>已核查：无需进一步处理</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <source>Undo asked: a command still in its grace period is withdrawn.</source>
        <translation>已请求撤销：仍在宽限期内的命令将被撤回。</translation>
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
    <message>
        <source>Exception queue, soonest SLA first</source>
        <translation>异常队列，SLA 最紧迫的在前</translation>
    </message>
    <message>
        <source>Exception queue columns</source>
        <translation>异常队列列标题</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>上一次操作</translation>
    </message>
    <message>
        <source>Fix the tracking number</source>
        <translation>修正运单号</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Reship</source>
        <translation>重发</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Release the hold</source>
        <translation>解除暂停</translation>
    </message>
    <message>
        <source>Contact the supplier</source>
        <translation>联系供应商</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Undo the last action</source>
        <translation>撤销上一次操作</translation>
    </message>
    <message>
        <source>Reveal the customer</source>
        <translation>显示客户信息</translation>
    </message>
    <message>
        <source>Next exception</source>
        <translation>下一个异常</translation>
    </message>
    <message>
        <source>Previous exception</source>
        <translation>上一个异常</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>搜索订单</translation>
    </message>
    <message>
        <source>T fix tracking · F refund · R reship · H hold · Shift+H release · S contact supplier · X resolve · E escalate · V reveal customer · J/K next/previous · Ctrl+Z undo</source>
        <translation>T 修正运单号 · F 退款 · R 重发 · H 暂停 · Shift+H 恢复 · S 联系供应商 · X 解决 · E 升级 · V 显示客户 · J/K 下一个/上一个 · Ctrl+Z 撤销</translation>
    </message>
    <message>
        <source>Exceptions (%1 open)</source>
        <translation>异常（%1 个未处理）</translation>
    </message>
</context>
<context>
    <name>wk::FulfilmentFilterBar</name>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>所有市场</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>所有货币</translation>
    </message>
    <message>
        <source>Supplier tier</source>
        <translation>供应商层级</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>所有层级</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>All carriers</source>
        <translation>所有承运商</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>All exceptions</source>
        <translation>所有异常</translation>
    </message>
    <message>
        <source>SLA &amp;breached</source>
        <translation>SLA 已超时(&amp;B)</translation>
    </message>
    <message>
        <source>Only orders past an SLA</source>
        <translation>仅显示超出 SLA 的订单</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>搜索订单</translation>
    </message>
    <message>
        <source>Order id, tracking number or customer (Ctrl+F)</source>
        <translation>订单号、运单号或客户（Ctrl+F）</translation>
    </message>
    <message>
        <source>supplier %1</source>
        <translation>供应商 %1</translation>
    </message>
    <message>
        <source>stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>Only %1 ✖</source>
        <translation>仅 %1 ✖</translation>
    </message>
    <message>
        <source>Clear the drill-down filter (%1)</source>
        <translation>清除下钻筛选（%1）</translation>
    </message>
</context>
<context>
    <name>wk::FulfilmentText</name>
    <message>
        <source>Placed</source>
        <translation>已下单</translation>
    </message>
    <message>
        <source>Purchased from supplier</source>
        <translation>已向供应商采购</translation>
    </message>
    <message>
        <source>At the consolidation warehouse</source>
        <translation>在集运仓</translation>
    </message>
    <message>
        <source>International transit</source>
        <translation>国际运输</translation>
    </message>
    <message>
        <source>Customs</source>
        <translation>清关</translation>
    </message>
    <message>
        <source>Last mile</source>
        <translation>末端派送</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已妥投</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Tracking number invalid</source>
        <translation>运单号无效</translation>
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
        <translation>派送失败</translation>
    </message>
    <message>
        <source>Returning to sender</source>
        <translation>退回寄件人</translation>
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
        <source>Refused by the customer</source>
        <translation>客户拒收</translation>
    </message>
    <message>
        <source>Supplier late</source>
        <translation>供应商延迟</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>发错货</translation>
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
        <translation>显示妥投但未收到</translation>
    </message>
    <message>
        <source>unknown tier</source>
        <translation>未知层级</translation>
    </message>
    <message>
        <source>Pallet trader</source>
        <translation>托盘贸易商</translation>
    </message>
    <message>
        <source>Direct factory</source>
        <translation>直供工厂</translation>
    </message>
    <message>
        <source>1688 long tail</source>
        <translation>1688 长尾</translation>
    </message>
    <message>
        <source>Fix tracking number</source>
        <translation>修正运单号</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Reship</source>
        <translation>重发</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Note to the supplier</source>
        <translation>给供应商的留言</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>applied by the platform</source>
        <translation>平台已执行</translation>
    </message>
    <message>
        <source>already applied</source>
        <translation>已执行过</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>rejected by the platform</source>
        <translation>平台已拒绝</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>customer data revealed</source>
        <translation>已显示客户信息</translation>
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
    <name>wk::OrderDetailPane</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Re&amp;veal customer</source>
        <translation>显示客户(&amp;V)</translation>
    </message>
    <message>
        <source>SLA clocks</source>
        <translation>SLA 计时</translation>
    </message>
    <message>
        <source>The AI&apos;s proposal</source>
        <translation>AI 的建议</translation>
    </message>
    <message>
        <source>The supervisor&apos;s decision</source>
        <translation>主管的决定</translation>
    </message>
    <message>
        <source>What the guarantee costs</source>
        <translation>保障成本</translation>
    </message>
    <message>
        <source>Reveal the customer&apos;s name and email (recorded in the journal)</source>
        <translation>显示客户姓名和邮箱（会记录在日志中）</translation>
    </message>
    <message>
        <source>Shows the customer&apos;s personal data. Every reveal is recorded in the journal.</source>
        <translation>显示客户的个人信息。每次显示都会记录在日志中。</translation>
    </message>
    <message>
        <source>Timeline of tracking events and actions</source>
        <translation>物流事件与操作时间线</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Where / detail</source>
        <translation>地点 / 详情</translation>
    </message>
    <message>
        <source>Timeline columns</source>
        <translation>时间线列标题</translation>
    </message>
    <message>
        <source>AI proposal</source>
        <translation>AI 建议</translation>
    </message>
    <message>
        <source>Supervisor&apos;s decision</source>
        <translation>主管决定</translation>
    </message>
    <message>
        <source>No order selected</source>
        <translation>未选择订单</translation>
    </message>
    <message>
        <source>ON HOLD</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Customer: %1 &lt;%2&gt; (masked) · supplier %3 (%4) · %5 %6</source>
        <translation>客户：%1 &lt;%2&gt;（已遮蔽）· 供应商 %3（%4）· %5 %6</translation>
    </message>
    <message>
        <source>no carrier</source>
        <translation>无承运商</translation>
    </message>
    <message>
        <source>no tracking number</source>
        <translation>无运单号</translation>
    </message>
    <message>
        <source>Customer: %1 &lt;%2&gt; (revealed, recorded in the journal)</source>
        <translation>客户：%1 &lt;%2&gt;（已显示，已记录在日志中）</translation>
    </message>
    <message>
        <source>%1 (%2, limit %3)</source>
        <translation>%1（%2，上限 %3）</translation>
    </message>
    <message>
        <source>No clock runs in this stage.</source>
        <translation>此阶段没有计时。</translation>
    </message>
    <message>
        <source>No open exception on this order.</source>
        <translation>此订单没有未处理的异常。</translation>
    </message>
    <message>
        <source>%1 — proposes: %2
%3
Carrier: %4</source>
        <translation>%1 — 建议：%2
%3
承运商：%4</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>(no rationale given)</source>
        <translation>（未给出理由）</translation>
    </message>
    <message>
        <source>no carrier status</source>
        <translation>无承运商状态</translation>
    </message>
    <message>
        <source>⏳ %1 — pending, not yet confirmed by the platform</source>
        <translation>⏳ %1 — 待处理，平台尚未确认</translation>
    </message>
    <message>
        <source>✔ Resolved: %1</source>
        <translation>✔ 已解决：%1</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>尚无决定。</translation>
    </message>
    <message>
        <source>The order&apos;s amounts are not in one currency; the platform&apos;s figures are needed.</source>
        <translation>订单金额不是同一种货币，需要平台的数据。</translation>
    </message>
    <message>
        <source>Goods %1 + shipping %2 + fee %3 = %4</source>
        <translation>商品 %1 + 运费 %2 + 服务费 %3 = %4</translation>
    </message>
    <message>
        <source>No CNY reference rate for %1.</source>
        <translation>没有 %1 的人民币参考汇率。</translation>
    </message>
    <message>
        <source>Refund: %1 = %2</source>
        <translation>退款：%1 = %2</translation>
    </message>
    <message>
        <source>Reship: %1 = %2 (supplier %3 + shipping again)</source>
        <translation>重发：%1 = %2（供应商 %3 + 再次运费）</translation>
    </message>
    <message>
        <source>→ Reship is cheaper by %1.</source>
        <translation>→ 重发便宜 %1。</translation>
    </message>
    <message>
        <source>→ Refund is cheaper by %1.</source>
        <translation>→ 退款便宜 %1。</translation>
    </message>
    <message>
        <source>CNY at the reference rate 1 %1 = %2 CNY.</source>
        <translation>人民币按参考汇率 1 %1 = %2 CNY 计算。</translation>
    </message>
    <message>
        <source>Exception opened: %1</source>
        <translation>异常开启：%1</translation>
    </message>
    <message>
        <source>Action: %1 %2</source>
        <translation>操作：%1 %2</translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>待处理：%1</translation>
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
    <name>wk::RefundDialog</name>
    <message>
        <source>Refund order %1</source>
        <translation>为订单 %1 退款</translation>
    </message>
    <message>
        <source>&amp;Full refund: %1 (goods %2 + shipping %3 + fee %4)</source>
        <translation>全额退款(&amp;F)：%1（商品 %2 + 运费 %3 + 服务费 %4）</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>全额退款</translation>
    </message>
    <message>
        <source>&amp;Partial refund</source>
        <translation>部分退款(&amp;P)</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <source>Refund amount in %1</source>
        <translation>退款金额（%1）</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation>退款原因</translation>
    </message>
    <message>
        <source>What the customer is told, e.g. &quot;parcel lost by the carrier&quot;</source>
        <translation>告知客户的内容，例如“包裹被承运商丢失”</translation>
    </message>
    <message>
        <source>Refund check</source>
        <translation>退款检查</translation>
    </message>
    <message>
        <source>Queue the refund</source>
        <translation>提交退款</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Amount (%1):</source>
        <translation>金额（%1）：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message numerus="yes">
        <source>Type the amount in %1 with at most %n decimal(s), e.g. 12.50.</source>
        <translation>
            <numerusform>请输入以 %1 计的金额，最多 %n 位小数，例如 12.50。</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why: the reason goes to the customer and into the supplier&apos;s scorecard.</source>
        <translation>请说明原因：原因会告知客户并计入供应商评分。</translation>
    </message>
    <message>
        <source>✔ Refund %1.</source>
        <translation>✔ 退款 %1。</translation>
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
    <name>wk::SlaClocks</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>paused (customs hold): %1</source>
        <translation>已暂停（海关扣留）：%1</translation>
    </message>
    <message>
        <source>paused (on hold): %1</source>
        <translation>已暂停（人工暂停）：%1</translation>
    </message>
    <message>
        <source>Time in this stage</source>
        <translation>本阶段停留时间</translation>
    </message>
    <message>
        <source>Delivery promise</source>
        <translation>送达承诺</translation>
    </message>
    <message>
        <source>Exception response</source>
        <translation>异常响应</translation>
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
    <name>wk::TextPromptDialog</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>wk::TrackingFixDialog</name>
    <message>
        <source>Fix the tracking number of %1</source>
        <translation>修正 %1 的运单号</translation>
    </message>
    <message>
        <source>New tracking number</source>
        <translation>新运单号</translation>
    </message>
    <message>
        <source>The number on the parcel&apos;s label</source>
        <translation>包裹面单上的单号</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>As the number says</source>
        <translation>按单号识别</translation>
    </message>
    <message>
        <source>Tracking number check</source>
        <translation>运单号检查</translation>
    </message>
    <message>
        <source>Other orders with this number</source>
        <translation>使用此单号的其他订单</translation>
    </message>
    <message>
        <source>Queue the fix</source>
        <translation>提交修正</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>运单号：</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>承运商：</translation>
    </message>
    <message>
        <source>Type the number exactly as it is printed on the label.</source>
        <translation>请按面单上印刷的内容准确输入单号。</translation>
    </message>
    <message>
        <source>✖ Not queued: %1</source>
        <translation>✖ 未提交：%1</translation>
    </message>
    <message>
        <source>✔ A valid %1 number (%2).</source>
        <translation>✔ 有效的 %1 单号（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>⚠ This number is already on %n other order(s): %1. A parcel cannot reach two customers; queue it only if the label really was reused.</source>
        <translation>
            <numerusform>⚠ 此单号已用于其他 %n 个订单：%1。一个包裹无法送达两位客户；只有在面单确实被重复使用时才提交。</numerusform>
        </translation>
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
