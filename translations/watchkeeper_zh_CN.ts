<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ScorecardSpec</name>
    <message>
        <source>A scorecard needs at least one criterion with a weight.</source>
        <translation>评分卡至少需要一个带权重的指标。</translation>
    </message>
    <message>
        <source>The weight of %1 is %2: weights cannot be negative.</source>
        <translation>%1 的权重为 %2：权重不能为负数。</translation>
    </message>
    <message>
        <source>%1 is weighted twice: give each criterion one weight.</source>
        <translation>%1 被重复加权：每个指标只能有一个权重。</translation>
    </message>
    <message>
        <source>%1 has the same value for a score of 0 and of 100.</source>
        <translation>%1 在 0 分和 100 分时的取值相同。</translation>
    </message>
    <message>
        <source>%1 has a negative prior sample size.</source>
        <translation>%1 的先验样本量为负数。</translation>
    </message>
    <message>
        <source>The weights add up to %1, not 100. Change them so that they sum to exactly 100.</source>
        <translation>权重合计为 %1，而不是 100。请调整权重，使其总和正好为 100。</translation>
    </message>
    <message>
        <source>A scorecard needs at least one period.</source>
        <translation>评分卡至少需要一个周期。</translation>
    </message>
    <message>
        <source>The decay per period must be above 0 and at most 1 (it is %1).</source>
        <translation>每个周期的衰减系数必须大于 0 且不超过 1（当前为 %1）。</translation>
    </message>
    <message>
        <source>A scorecard needs standings that cover scores from 0 to 100.</source>
        <translation>评分卡需要覆盖 0 到 100 分的评级区间。</translation>
    </message>
    <message>
        <source>&quot;No data&quot; is not a band of scores: it is what a supplier without activity has.</source>
        <translation>“无数据”不是分数区间：它表示供应商没有任何活动。</translation>
    </message>
    <message>
        <source>A standing starts at %1: bands must start between 0 and 100 (100 belongs to the top band).</source>
        <translation>某个评级从 %1 开始：区间起点必须在 0 到 100 之间（100 属于最高区间）。</translation>
    </message>
    <message>
        <source>No standing covers scores from 0 to %1: the lowest band must start at 0.</source>
        <translation>没有评级覆盖 0 到 %1 分：最低区间必须从 0 开始。</translation>
    </message>
    <message>
        <source>Two standings start at the same score: each band needs its own lower bound.</source>
        <translation>两个评级从同一分数开始：每个区间需要各自的下限。</translation>
    </message>
</context>
<context>
    <name>SupplierTexts</name>
    <message>
        <source>Pallet trader</source>
        <translation>整托贸易商</translation>
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
        <source>Pallet traders</source>
        <translation>整托贸易商</translation>
    </message>
    <message>
        <source>Direct factories</source>
        <translation>直供工厂</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>交付周期</translation>
    </message>
    <message>
        <source>Media rejects</source>
        <translation>媒体驳回</translation>
    </message>
    <message>
        <source>Share of orders handed over on time.</source>
        <translation>按时交接的订单比例。</translation>
    </message>
    <message>
        <source>Quality complaints, damage and wrong items per order.</source>
        <translation>每笔订单的质量投诉、损坏和错发。</translation>
    </message>
    <message>
        <source>Order exceptions of any kind per order.</source>
        <translation>每笔订单的各类订单异常。</translation>
    </message>
    <message>
        <source>Average hours from order to hand-over.</source>
        <translation>从下单到交接的平均小时数。</translation>
    </message>
    <message>
        <source>Share of the supplier&apos;s media rejected in review.</source>
        <translation>该供应商媒体在审核中被驳回的比例。</translation>
    </message>
    <message numerus="yes">
        <source>%n media</source>
        <translation>
            <numerusform>%n 个媒体</numerusform>
        </translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 笔订单</translation>
    </message>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n 笔订单</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Invalid tracking</source>
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
        <translation>错发商品</translation>
    </message>
    <message>
        <source>QC failed at consolidation</source>
        <translation>集货质检未通过</translation>
    </message>
    <message>
        <source>Quality complaint</source>
        <translation>质量投诉</translation>
    </message>
    <message>
        <source>Delivered, not received</source>
        <translation>已妥投但未收到</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Demo platform</source>
        <translation>演示平台</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>There is no desk &quot;%1&quot;. The desks are: %2.</source>
        <translation>没有名为“%1”的工作区。可用的工作区：%2。</translation>
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
    <message>
        <source>%1 in stage</source>
        <translation>在此阶段 %1</translation>
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
    <name>wk::ClearButton</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>wk::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>命令面板</translation>
    </message>
    <message>
        <source>Type a command…</source>
        <translation>输入命令…</translation>
    </message>
    <message>
        <source>Command filter</source>
        <translation>命令筛选</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
</context>
<context>
    <name>wk::CommandQueue</name>
    <message>
        <source>The decision could not be saved, so nothing was queued: %1</source>
        <translation>无法保存该决定，因此没有加入队列：%1</translation>
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
        <translation>无法忽略该命令：%1</translation>
    </message>
    <message>
        <source>The command %1 is not waiting for a decision any more.</source>
        <translation>命令 %1 已不再等待处理。</translation>
    </message>
    <message>
        <source>The reveal could not be written to the journal: %1</source>
        <translation>无法将此次查看个人数据记录到日志：%1</translation>
    </message>
</context>
<context>
    <name>wk::ConflictDiff</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Release claim</source>
        <translation>释放认领</translation>
    </message>
    <message>
        <source>Review decision</source>
        <translation>审核决定</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>审核备注</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Reship</source>
        <translation>重新发货</translation>
    </message>
    <message>
        <source>Hold order</source>
        <translation>暂停订单</translation>
    </message>
    <message>
        <source>Release order</source>
        <translation>放行订单</translation>
    </message>
    <message>
        <source>Order note</source>
        <translation>订单备注</translation>
    </message>
    <message>
        <source>Resolve exception</source>
        <translation>解决异常</translation>
    </message>
    <message>
        <source>Escalate exception</source>
        <translation>升级异常</translation>
    </message>
    <message>
        <source>Exception note</source>
        <translation>异常备注</translation>
    </message>
    <message>
        <source>Supplier tier</source>
        <translation>供应商等级</translation>
    </message>
    <message>
        <source>Suspend supplier</source>
        <translation>暂停供应商</translation>
    </message>
    <message>
        <source>Reinstate supplier</source>
        <translation>恢复供应商</translation>
    </message>
    <message>
        <source>Supplier note</source>
        <translation>供应商备注</translation>
    </message>
    <message>
        <source>deleted on the platform</source>
        <translation>已在平台上删除</translation>
    </message>
    <message>
        <source>Another supervisor holds this item. Accept theirs, or wait until the lease ends and send yours again.</source>
        <translation>另一位主管正持有此条目。请接受对方的版本，或等租约到期后重新发送您的版本。</translation>
    </message>
    <message>
        <source>Someone changed or decided this item after you saw it. Compare theirs with yours, then accept theirs or send yours again against their version.</source>
        <translation>在您查看之后，有人修改或处理了此条目。请对比双方内容，然后接受对方的版本，或基于对方的版本重新发送您的版本。</translation>
    </message>
    <message>
        <source>The platform no longer has this item. Discard your command.</source>
        <translation>平台上已没有此条目。请丢弃您的命令。</translation>
    </message>
    <message>
        <source>The item is no longer in a state that allows this command. Accept theirs or discard yours.</source>
        <translation>此条目的状态已不允许执行该命令。请接受对方的版本或丢弃您的命令。</translation>
    </message>
    <message>
        <source>The platform refused the command&apos;s content. Discard it and make the decision again.</source>
        <translation>平台拒绝了该命令的内容。请丢弃它并重新做出决定。</translation>
    </message>
    <message>
        <source>The platform did not accept the tracking number. Discard this command and enter the number again.</source>
        <translation>平台未接受该运单号。请丢弃此命令并重新输入运单号。</translation>
    </message>
    <message>
        <source>The refund&apos;s currency is not the order&apos;s. Discard it and refund in the order&apos;s currency.</source>
        <translation>退款币种与订单币种不一致。请丢弃它，并以订单币种退款。</translation>
    </message>
    <message>
        <source>The refund is larger than the order&apos;s total. Discard it and refund a smaller amount.</source>
        <translation>退款金额超过订单总额。请丢弃它并退还较小的金额。</translation>
    </message>
    <message>
        <source>The platform knows this command&apos;s id with other content. Send it again (it gets a new id) or discard it.</source>
        <translation>平台已知此命令 ID 对应的是其他内容。请重新发送（将获得新 ID）或丢弃它。</translation>
    </message>
    <message>
        <source>The platform&apos;s item differs from what you saw. Compare, then accept theirs or send yours again.</source>
        <translation>平台上的条目与您看到的不同。请对比后接受对方的版本，或重新发送您的版本。</translation>
    </message>
    <message>
        <source>The platform refused this command. Discard it, or send it again if the cause is gone.</source>
        <translation>平台拒绝了此命令。请丢弃它；若原因已消除，也可重新发送。</translation>
    </message>
    <message>
        <source>%1 (The platform says: %2)</source>
        <translation>%1（平台说明：%2）</translation>
    </message>
</context>
<context>
    <name>wk::ConflictListModel</name>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理建议</translation>
    </message>
</context>
<context>
    <name>wk::ConflictsView</name>
    <message>
        <source>Conflicts and rejections</source>
        <translation>冲突与拒绝</translation>
    </message>
    <message>
        <source>Nothing needs you</source>
        <translation>暂无待您处理的事项</translation>
    </message>
    <message>
        <source>When the platform answers a decision with a conflict or a rejection, it waits here until you settle it.</source>
        <translation>当平台对某个决定返回冲突或拒绝时，它会在此等待您处理。</translation>
    </message>
    <message>
        <source>Theirs beside mine, field by field</source>
        <translation>逐字段对比：平台版本与我的版本</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Theirs (the platform now)</source>
        <translation>平台（当前）</translation>
    </message>
    <message>
        <source>Mine (my command)</source>
        <translation>我的（我的命令）</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>&amp;Accept theirs</source>
        <translation>接受对方版本(&amp;A)</translation>
    </message>
    <message>
        <source>Accept theirs</source>
        <translation>接受对方版本</translation>
    </message>
    <message>
        <source>Keep the platform&apos;s version and drop my command (kept in the journal).</source>
        <translation>保留平台的版本并放弃我的命令（记录在日志中）。</translation>
    </message>
    <message>
        <source>&amp;Send mine again</source>
        <translation>重新发送我的版本(&amp;S)</translation>
    </message>
    <message>
        <source>Send mine again</source>
        <translation>重新发送我的版本</translation>
    </message>
    <message>
        <source>Send my command again under a new command id, against the platform&apos;s current version.</source>
        <translation>以新的命令 ID、基于平台当前版本重新发送我的命令。</translation>
    </message>
    <message>
        <source>&amp;Discard mine</source>
        <translation>丢弃我的版本(&amp;D)</translation>
    </message>
    <message>
        <source>Discard mine</source>
        <translation>丢弃我的版本</translation>
    </message>
    <message>
        <source>Drop my command without accepting anything (kept in the journal).</source>
        <translation>放弃我的命令，不接受任何版本（记录在日志中）。</translation>
    </message>
    <message>
        <source>Conflicts and rejections: %1</source>
        <translation>冲突与拒绝：%1 项</translation>
    </message>
    <message>
        <source>The conflicts could not be read from the local cache: %1</source>
        <translation>无法从本地缓存读取冲突：%1</translation>
    </message>
    <message>
        <source>%1 on %2: conflict.</source>
        <translation>%2 的%1：冲突。</translation>
    </message>
    <message>
        <source>%1 on %2: rejected.</source>
        <translation>%2 的%1：已被拒绝。</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>不同</translation>
    </message>
    <message>
        <source>same</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Accepted theirs for %1: my %2 is dropped and kept in the journal.</source>
        <translation>已接受 %1 的平台版本：我的%2已放弃，并记录在日志中。</translation>
    </message>
    <message>
        <source>My %1 for %2 is sent again under a new command id, against version %3.</source>
        <translation>我对 %2 的%1将以新的命令 ID、基于版本 %3 重新发送。</translation>
    </message>
    <message>
        <source>Discarded my %1 for %2; it is kept in the journal.</source>
        <translation>已丢弃我对 %2 的%1；它仍记录在日志中。</translation>
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
    <name>wk::ConnectionTester</name>
    <message>
        <source>Enter your supervisor token: the platform gives every supervisor one.</source>
        <translation>请输入您的监管员令牌：平台会为每位监管员提供一个。</translation>
    </message>
    <message>
        <source>Asking %1 whether it is a Watchkeeper platform…</source>
        <translation>正在询问 %1 是否为 Watchkeeper 平台…</translation>
    </message>
    <message>
        <source>%1 is a Watchkeeper platform but reports that it is not working (status &quot;%2&quot;). Try again later or tell the platform&apos;s operators.</source>
        <translation>%1 是 Watchkeeper 平台，但报告其无法正常工作（状态“%2”）。请稍后重试，或告知平台运维人员。</translation>
    </message>
    <message>
        <source>Checking your token with %1…</source>
        <translation>正在通过 %1 验证您的令牌…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2 (platform version %3).</source>
        <translation>已作为 %2 连接到 %1（平台版本 %3）。</translation>
    </message>
    <message>
        <source>The name %1 was not found (DNS): check the address for typing errors, and that this computer is online.</source>
        <translation>找不到名称 %1（DNS）：请检查地址是否有拼写错误，以及这台计算机是否已联网。</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens there. Check the port, and that the platform is running.</source>
        <translation>%1 拒绝了连接：该处没有服务在监听。请检查端口以及平台是否正在运行。</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: %2. Check that the address is right and that the platform&apos;s certificate is valid and trusted.</source>
        <translation>与 %1 的安全连接（TLS）失败：%2。请检查地址是否正确，以及平台证书是否有效且受信任。</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: the server closed the connection during the handshake. Check whether the address should start with http:// or use another port.</source>
        <translation>与 %1 的安全连接（TLS）失败：服务器在握手期间关闭了连接。请检查地址是否应以 http:// 开头或使用其他端口。</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering: check the address and the port.</source>
        <translation>%1 未作应答就关闭了连接：请检查地址和端口。</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2.</source>
        <translation>无法访问 %1：%2。</translation>
    </message>
    <message>
        <source>%1 refused the token (401): check that you copied it completely, or ask for a new one.</source>
        <translation>%1 拒绝了该令牌（401）：请检查是否完整复制，或申请新的令牌。</translation>
    </message>
    <message>
        <source>%1 answers, but not like a Watchkeeper platform: check the address (it is the platform&apos;s, not its website&apos;s).</source>
        <translation>%1 有应答，但不像 Watchkeeper 平台：请检查地址（应为平台地址，而非其网站地址）。</translation>
    </message>
    <message>
        <source>%1 answers with error %2: the platform has trouble. Try again later.</source>
        <translation>%1 返回错误 %2：平台出现问题。请稍后重试。</translation>
    </message>
    <message>
        <source>%1 answers with HTTP %2 to %3, so it is not a Watchkeeper platform: check the address.</source>
        <translation>%1 对 %3 返回 HTTP %2，因此不是 Watchkeeper 平台：请检查地址。</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2 s): check the address, or try again when the network is better.</source>
        <translation>%1 未及时应答（%2 秒）：请检查地址，或在网络较好时重试。</translation>
    </message>
</context>
<context>
    <name>wk::CopyDiffView</name>
    <message>
        <source>Changes since the previous version</source>
        <translation>与上一版本相比的更改</translation>
    </message>
    <message>
        <source>There is no previous version of this text.</source>
        <translation>此文本没有上一版本。</translation>
    </message>
    <message>
        <source>Struck through: removed since the previous version (%1 words). Underlined: added (%2 words).</source>
        <translation>删除线：自上一版本以来删除的内容（%1 个词）。下划线：新增的内容（%2 个词）。</translation>
    </message>
</context>
<context>
    <name>wk::CopyFindingText</name>
    <message>
        <source>Material</source>
        <translation>材质</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>产地</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 厘米</translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation>%1 克</translation>
    </message>
    <message>
        <source>✖ Must fix</source>
        <translation>✖ 必须修改</translation>
    </message>
    <message>
        <source>⚠ Check</source>
        <translation>⚠ 请核查</translation>
    </message>
    <message>
        <source>Claims “%1”, but the product is made of %2.</source>
        <translation>声称“%1”，但产品材质为 %2。</translation>
    </message>
    <message>
        <source>Claims the %1 mark, but the product&apos;s certifications are: %2.</source>
        <translation>声称具有 %1 标志，但产品的认证为：%2。</translation>
    </message>
    <message>
        <source>Medical claim “%1”: not allowed for a consumer product. Remove it.</source>
        <translation>医疗宣称“%1”：消费品不得使用。请删除。</translation>
    </message>
    <message>
        <source>Absolute claim “%1”: allowed only with proof the attributes do not give.</source>
        <translation>绝对化宣称“%1”：仅在有证明时允许，而属性中没有相关证明。</translation>
    </message>
    <message>
        <source>Environmental claim “%1”: needs evidence the attributes do not give.</source>
        <translation>环保宣称“%1”：需要证据，而属性中没有相关证据。</translation>
    </message>
    <message>
        <source>Names the brand “%1”: a trademark risk. Remove it.</source>
        <translation>提及品牌“%1”：存在商标风险。请删除。</translation>
    </message>
    <message>
        <source>Says %1, but the attributes say %2.</source>
        <translation>文中写的是 %1，但属性为 %2。</translation>
    </message>
    <message>
        <source>%1 is missing from the text; the attributes say %2.</source>
        <translation>文本中缺少%1；属性为 %2。</translation>
    </message>
</context>
<context>
    <name>wk::CopyPane</name>
    <message>
        <source>Copy review</source>
        <translation>文案审核</translation>
    </message>
    <message>
        <source>Changes since the previous version</source>
        <translation>与上一版本相比的更改</translation>
    </message>
    <message>
        <source>Source attributes</source>
        <translation>源属性</translation>
    </message>
    <message>
        <source>Text (edit it to correct)</source>
        <translation>文本（可直接编辑以更正）</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>文案文本</translation>
    </message>
    <message>
        <source>Revert edits</source>
        <translation>撤销编辑</translation>
    </message>
    <message>
        <source>Go back to the text as the generator wrote it</source>
        <translation>恢复为生成器写的原文</translation>
    </message>
    <message>
        <source>Copy check findings</source>
        <translation>文案检查结果</translation>
    </message>
    <message>
        <source>an unknown language</source>
        <translation>未知语言</translation>
    </message>
    <message>
        <source>Copy for %1 (%2) — %3 %4</source>
        <translation>%1文案（%2）— %3 %4</translation>
    </message>
    <message>
        <source>This item has no text to review. Reject it, or ask for it to be regenerated.</source>
        <translation>此条目没有可审核的文本。请拒绝，或要求重新生成。</translation>
    </message>
    <message>
        <source>No item selected.</source>
        <translation>未选择条目。</translation>
    </message>
    <message>
        <source>The product&apos;s attributes are not in the cache yet: only the claims that need no attributes are checked.</source>
        <translation>产品属性尚未在缓存中：只检查不需要属性的宣称。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Checks: nothing found</source>
        <translation>检查：未发现问题</translation>
    </message>
    <message>
        <source>Checks: %1 to look at</source>
        <translation>检查：%1 项需查看</translation>
    </message>
    <message>
        <source>✎ Edited: a “correct” decision sends this text.</source>
        <translation>✎ 已编辑：“更正”决定将提交此文本。</translation>
    </message>
    <message>
        <source>Changes since the previous version: %1 words removed, %2 added</source>
        <translation>与上一版本相比：删除 %1 个词，新增 %2 个词</translation>
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
    <name>wk::DefectTags</name>
    <message>
        <source>Artefact</source>
        <translation>伪影</translation>
    </message>
    <message>
        <source>Wrong product</source>
        <translation>产品不符</translation>
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
        <source>Claim not backed by the attributes</source>
        <translation>宣称无属性支持</translation>
    </message>
    <message>
        <source>Forbidden or risky claim</source>
        <translation>违禁或有风险的宣称</translation>
    </message>
    <message>
        <source>Certification not held</source>
        <translation>未持有的认证</translation>
    </message>
    <message>
        <source>Number disagrees with the attributes</source>
        <translation>数字与属性不符</translation>
    </message>
    <message>
        <source>Required field missing</source>
        <translation>缺少必填信息</translation>
    </message>
    <message>
        <source>Trademark risk</source>
        <translation>商标风险</translation>
    </message>
    <message>
        <source>Low AI confidence</source>
        <translation>AI 置信度低</translation>
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
        <source>Status</source>
        <translation>状态</translation>
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
    <message>
        <source>Exceptions (counting…)</source>
        <translation>异常（正在计数…）</translation>
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
    <name>wk::FulfilmentHistory</name>
    <message>
        <source>%1 by %2</source>
        <comment>an action by a supervisor</comment>
        <translation>%1，由 %2</translation>
    </message>
    <message>
        <source>an unreadable amount</source>
        <translation>无法读取的金额</translation>
    </message>
    <message>
        <source>full refund</source>
        <translation>全额退款</translation>
    </message>
    <message>
        <source>partial refund</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1, %2 · reason: %3</source>
        <translation>%1，%2 · 原因：%3</translation>
    </message>
    <message>
        <source>new tracking number %1</source>
        <translation>新运单号 %1</translation>
    </message>
    <message>
        <source>new tracking number %1 (%2)</source>
        <translation>新运单号 %1（%2）</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>resolution: %1</source>
        <translation>处理结果：%1</translation>
    </message>
    <message>
        <source>%1 pending, not yet confirmed by the platform</source>
        <translation>%1 待处理，平台尚未确认</translation>
    </message>
    <message>
        <source>Customer data revealed</source>
        <translation>已显示客户数据</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
    <message>
        <source>applied by the platform (confirmed on a retry)</source>
        <translation>平台已执行（重试时确认）</translation>
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
    <name>wk::ImageCanvas</name>
    <message>
        <source>untagged</source>
        <translation>未标记</translation>
    </message>
    <message>
        <source>%1 (AI)</source>
        <translation>%1（AI）</translation>
    </message>
    <message>
        <source>⚠ Cannot show this media
%1</source>
        <translation>⚠ 无法显示此媒体
%1</translation>
    </message>
</context>
<context>
    <name>wk::ImagePane</name>
    <message>
        <source>Image review</source>
        <translation>图片审核</translation>
    </message>
    <message>
        <source>Generated image</source>
        <translation>生成的图片</translation>
    </message>
    <message>
        <source>Supplier&apos;s source photo</source>
        <translation>供应商原图</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>缩小 (-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>放大 (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Fit to view</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Show the whole image (0)</source>
        <translation>显示整张图片 (0)</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>缩放比例</translation>
    </message>
    <message>
        <source>Add region</source>
        <translation>添加区域</translation>
    </message>
    <message>
        <source>Add a region in the middle of the view (Insert), or drag on the image</source>
        <translation>在视图中央添加区域（Insert），或在图片上拖动绘制</translation>
    </message>
    <message>
        <source>Defect tag:</source>
        <translation>缺陷标签：</translation>
    </message>
    <message>
        <source>Defect tag</source>
        <translation>缺陷标签</translation>
    </message>
    <message>
        <source>Defect tags</source>
        <translation>缺陷标签列表</translation>
    </message>
    <message>
        <source>The tag of the selected region and of new ones; type your own for a defect not in the list</source>
        <translation>所选区域及新区域的标签；列表中没有的缺陷可自行输入</translation>
    </message>
    <message>
        <source>Delete region</source>
        <translation>删除区域</translation>
    </message>
    <message>
        <source>Delete the selected region (Delete)</source>
        <translation>删除所选区域（Delete）</translation>
    </message>
    <message>
        <source>Keys: +/− zoom, 0 fit, arrows pan, Insert add, [ ] select, Shift+arrows move, Ctrl+arrows resize, Delete remove</source>
        <translation>按键：+/− 缩放，0 适应，方向键平移，Insert 添加，[ ] 选择，Shift+方向键移动，Ctrl+方向键调整大小，Delete 删除</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Regions on the generated image</source>
        <translation>生成图片上的区域</translation>
    </message>
    <message>
        <source>How it was generated</source>
        <translation>生成信息</translation>
    </message>
    <message>
        <source>Generator metadata</source>
        <translation>生成器元数据</translation>
    </message>
    <message>
        <source>Generated image — %1</source>
        <translation>生成的图片 — %1</translation>
    </message>
    <message>
        <source>Supplier&apos;s source photo — %1</source>
        <translation>供应商原图 — %1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>The supplier sent no source photo for this product.</source>
        <translation>供应商没有提供此产品的原图。</translation>
    </message>
    <message>
        <source>No item selected.</source>
        <translation>未选择条目。</translation>
    </message>
    <message>
        <source>untagged</source>
        <translation>未标记</translation>
    </message>
    <message>
        <source>%1 · %2 · suspected by the AI</source>
        <translation>%1 · %2 · AI 怀疑</translation>
    </message>
    <message>
        <source>%1 · %2 · yours</source>
        <translation>%1 · %2 · 您标记的</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Media variant</source>
        <translation>媒体变体</translation>
    </message>
    <message>
        <source>Data set seed</source>
        <translation>数据集种子</translation>
    </message>
    <message>
        <source>AI confidence</source>
        <translation>AI 置信度</translation>
    </message>
    <message>
        <source>Flagged for</source>
        <translation>标记原因</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>%1 × %2 px, %3, %4 KB</source>
        <translation>%1 × %2 像素，%3，%4 KB</translation>
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
        <source>%Ln entries shown (newest first, at most 5,000)</source>
        <translation>
            <numerusform>显示 %Ln 条（最新的在前，最多 5,000 条）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln 条</numerusform>
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
    <message>
        <source>&amp;Export Settings…</source>
        <translation>导出设置(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import Settings…</source>
        <translation>导入设置(&amp;I)…</translation>
    </message>
    <message>
        <source>%1 Shortcut: %2</source>
        <translation>%1 快捷键：%2</translation>
    </message>
    <message>
        <source>Export Settings</source>
        <translation>导出设置</translation>
    </message>
    <message>
        <source>Watchkeeper settings (*.json)</source>
        <translation>Watchkeeper 设置 (*.json)</translation>
    </message>
    <message>
        <source>Settings exported to %1 (without tokens or window positions).</source>
        <translation>设置已导出到 %1（不含令牌和窗口位置）。</translation>
    </message>
    <message>
        <source>Import Settings</source>
        <translation>导入设置</translation>
    </message>
    <message>
        <source>Settings imported from %1.</source>
        <translation>已从 %1 导入设置。</translation>
    </message>
</context>
<context>
    <name>wk::MediaCheck</name>
    <message>
        <source>The media file for %1 is missing: it is not in the local cache. Reject the item as &quot;media broken&quot;, or wait for the download to be retried.</source>
        <translation>%1 的媒体文件缺失：本地缓存中没有该文件。请以“媒体损坏”拒绝此条目，或等待重新下载。</translation>
    </message>
    <message>
        <source>This item has no media attached. Reject it as &quot;media broken&quot; or escalate it.</source>
        <translation>此条目没有附带媒体。请以“媒体损坏”拒绝，或上报。</translation>
    </message>
    <message>
        <source>The media file for %1 cannot be decoded (%2). Reject the item as &quot;media broken&quot;.</source>
        <translation>%1 的媒体文件无法解码（%2）。请以“媒体损坏”拒绝此条目。</translation>
    </message>
    <message>
        <source>The media file for %1 is of a type this console cannot show (%2). Reject the item as &quot;media broken&quot;, or escalate it.</source>
        <translation>%1 的媒体文件类型无法在此控制台显示（%2）。请以“媒体损坏”拒绝此条目，或上报。</translation>
    </message>
    <message>
        <source>The media file for %1 could not be fetched: %2</source>
        <translation>无法获取 %1 的媒体文件：%2</translation>
    </message>
    <message>
        <source>The media file for %1 is corrupt: its checksum does not match the one the platform published (expected %2…, found %3…). Reject the item as &quot;media broken&quot;, or clear it from the cache so it is downloaded again.</source>
        <translation>%1 的媒体文件已损坏：其校验和与平台公布的不一致（应为 %2…，实际为 %3…）。请以“媒体损坏”拒绝此条目，或从缓存中清除以重新下载。</translation>
    </message>
    <message>
        <source>its bytes are %1, not %2</source>
        <translation>其内容是 %1，而不是 %2</translation>
    </message>
</context>
<context>
    <name>wk::MediaFetcher</name>
    <message>
        <source>The platform gave the media %1 no valid checksum, so it cannot be checked and is not downloaded.</source>
        <translation>平台没有为媒体 %1 提供有效的校验和，因此无法校验，也不会下载。</translation>
    </message>
    <message>
        <source>The media %1 is %2 MB, more than the %3 MB this console downloads.</source>
        <translation>媒体 %1 大小为 %2 MB，超过了本控制台下载上限 %3 MB。</translation>
    </message>
    <message>
        <source>The media %1 is not on this computer and the console is not connected to a platform.</source>
        <translation>媒体 %1 不在本机上，且控制台未连接到平台。</translation>
    </message>
    <message>
        <source>The media folder %1 cannot be created.</source>
        <translation>无法创建媒体文件夹 %1。</translation>
    </message>
    <message>
        <source>The media file %1 cannot be written: %2</source>
        <translation>无法写入媒体文件 %1：%2</translation>
    </message>
    <message>
        <source>The platform sent more bytes for the media %1 than it announced; the download was stopped.</source>
        <translation>平台为媒体 %1 发送的字节数超过了其声明的大小；下载已停止。</translation>
    </message>
    <message>
        <source>The media file could not be written (%1). Is the disk full?</source>
        <translation>无法写入媒体文件（%1）。磁盘是否已满？</translation>
    </message>
    <message>
        <source>the platform did not accept the token</source>
        <translation>平台不接受该令牌</translation>
    </message>
    <message>
        <source>the platform has no such media</source>
        <translation>平台上没有该媒体</translation>
    </message>
    <message>
        <source>the partial download no longer matches the file</source>
        <translation>已下载的部分与文件不再一致</translation>
    </message>
    <message>
        <source>The media %1 could not be downloaded: %2.</source>
        <translation>无法下载媒体 %1：%2。</translation>
    </message>
    <message>
        <source>The platform answered the media request for %1 with something else than the file (HTTP %2).</source>
        <translation>平台对媒体 %1 的请求返回的不是文件（HTTP %2）。</translation>
    </message>
    <message>
        <source>The media %1 arrived damaged (its checksum does not match), so it was discarded; it will be downloaded again next time.</source>
        <translation>媒体 %1 收到时已损坏（校验和不符），已被丢弃；下次会重新下载。</translation>
    </message>
    <message>
        <source>The media file %1 could not be moved into place: %2</source>
        <translation>无法将媒体文件 %1 移动到位：%2</translation>
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
    <message>
        <source>%1: %2. The guarantee will probably pay for it.</source>
        <translation>%1：%2。保障很可能要为此赔付。</translation>
    </message>
    <message>
        <source>The newest: %1 (%2).</source>
        <translation>最新的：%1（%2）。</translation>
    </message>
    <message>
        <source>%1 review items and %2 exceptions are due within 15 minutes.</source>
        <translation>%1 个审核条目和 %2 个异常将在 15 分钟内到期。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new urgent exception(s)</source>
        <translation>
            <numerusform>%Ln 个新的紧急异常</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) about to breach the SLA</source>
        <translation>
            <numerusform>%Ln 项即将超过 SLA</numerusform>
        </translation>
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
        <source>✔ Resolved: %1</source>
        <translation>✔ 已解决：%1</translation>
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
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>⏳ %1</source>
        <translation>⏳ %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
    <message>
        <source>Orders that left the happy path. Opens the Fulfilment desk.</source>
        <translation>偏离正常流程的订单。打开履约工作台。</translation>
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
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln 项待处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln breached</source>
        <translation>
            <numerusform>%Ln 项已超时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln 项未结</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln urgent</source>
        <translation>
            <numerusform>%Ln 项紧急</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln full refund(s)</source>
        <translation>
            <numerusform>%Ln 笔全额退款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) at risk since %1</source>
        <translation>
            <numerusform>自 %1 起 %Ln 个订单有风险</numerusform>
        </translation>
    </message>
    <message>
        <source>Judged once synced</source>
        <translation>同步完成后再评估</translation>
    </message>
    <message>
        <source>The first sync is still bringing items in: the rates are not compared with their bands until it has caught up.</source>
        <translation>首次同步仍在导入条目：在同步追上之前，不将比率与其预期范围进行比较。</translation>
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
    <name>wk::ProblemBanner</name>
    <message>
        <source>Media problem</source>
        <translation>媒体问题</translation>
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
    <name>wk::ReviewConflictBanner</name>
    <message>
        <source>Next item</source>
        <translation>下一项</translation>
    </message>
    <message>
        <source>Keep looking</source>
        <translation>继续查看</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Go to the next item</source>
        <translation>转到下一项</translation>
    </message>
    <message>
        <source>Hide the conflict notice</source>
        <translation>隐藏冲突提示</translation>
    </message>
    <message>
        <source>⚠ %1 If you decide it anyway, your decision is kept as a conflict for you to settle on the Sync desk — it is not lost.</source>
        <translation>⚠ %1 如果你仍然作出决定，你的决定将作为冲突保留，供你在“同步”工作台处理——不会丢失。</translation>
    </message>
</context>
<context>
    <name>wk::ReviewDecider</name>
    <message numerus="yes">
        <source>Approved %n items</source>
        <translation>
            <numerusform>已批准 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n items</source>
        <translation>
            <numerusform>已拒绝 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked to regenerate %n items</source>
        <translation>
            <numerusform>已请求重新生成 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Corrected %n items</source>
        <translation>
            <numerusform>已更正 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Escalated %n items</source>
        <translation>
            <numerusform>已上报 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved %1</source>
        <translation>已批准 %1</translation>
    </message>
    <message>
        <source>Rejected %1</source>
        <translation>已拒绝 %1</translation>
    </message>
    <message>
        <source>Asked to regenerate %1</source>
        <translation>已请求重新生成 %1</translation>
    </message>
    <message>
        <source>Corrected %1</source>
        <translation>已更正 %1</translation>
    </message>
    <message>
        <source>Escalated %1</source>
        <translation>已上报 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 undoes it for %n seconds</source>
        <translation>
            <numerusform>%1 — %2 可在 %n 秒内撤销</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — sent to the platform</source>
        <translation>%1 — 已发送到平台</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <source>Undone: %1. The item is open again.</source>
        <translation>已撤销：%1。该条目已重新打开。</translation>
    </message>
    <message>
        <source>Too late to undo: %1 has already been sent to the platform. The platform has no command that reverses a decision; ask a lead to reopen the item if it was wrong.</source>
        <translation>为时已晚，无法撤销：%1 已发送到平台。平台没有撤回决定的命令；如决定有误，请让组长重新打开该条目。</translation>
    </message>
    <message>
        <source>Partly undone: %1 of %2 decisions withdrawn; the others had already been sent and cannot be reversed.</source>
        <translation>部分撤销：已撤回 %2 个决定中的 %1 个；其余已发送，无法撤回。</translation>
    </message>
</context>
<context>
    <name>wk::ReviewDecisionPrompt</name>
    <message>
        <source>Decision details</source>
        <translation>决定详情</translation>
    </message>
    <message>
        <source>Regeneration note</source>
        <translation>重新生成说明</translation>
    </message>
    <message>
        <source>What should the generator do differently? Enter sends, Esc cancels.</source>
        <translation>生成器应做哪些改变？按 Enter 发送，按 Esc 取消。</translation>
    </message>
    <message>
        <source>media broken or missing</source>
        <translation>媒体损坏或缺失</translation>
    </message>
    <message>
        <source>Reject %1 — why? Press 1–9, Esc cancels.</source>
        <translation>拒绝 %1——原因？按 1–9，按 Esc 取消。</translation>
    </message>
    <message>
        <source>Regenerate %1 — with a note for the generator:</source>
        <translation>重新生成 %1——附给生成器的说明：</translation>
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
        <translation>审核队列</translation>
    </message>
    <message>
        <source>No item open</source>
        <translation>未打开条目</translation>
    </message>
    <message>
        <source>Claim lease</source>
        <translation>认领租约</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>This session: items decided, per hour, and the median time per item.</source>
        <translation>本次会话：已决定条目数、每小时条目数及每条目的中位用时。</translation>
    </message>
    <message>
        <source>A correction carries one item&apos;s edited text: open a single copy item to correct it.</source>
        <translation>更正只针对单个条目的编辑文本：请打开单个文案条目进行更正。</translation>
    </message>
    <message>
        <source>Only copy can be corrected here; reject an image or a video, or ask to regenerate it.</source>
        <translation>此处只能更正文案；对于图片或视频，请拒绝或请求重新生成。</translation>
    </message>
    <message>
        <source>Edit the text in the item pane first: a correction carries the edited text.</source>
        <translation>请先在条目窗格中编辑文本：更正会附带编辑后的文本。</translation>
    </message>
    <message>
        <source>%1 · %2 — %3: %4</source>
        <translation>%1 · %2 — %3：%4</translation>
    </message>
    <message>
        <source>%1 has already %2 this item.</source>
        <translation>%1 已对此条目执行“%2”。</translation>
    </message>
    <message>
        <source>This item was escalated elsewhere.</source>
        <translation>此条目已在别处上报。</translation>
    </message>
    <message>
        <source>%1 has claimed this item meanwhile.</source>
        <translation>%1 已在此期间认领了此条目。</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Open an item first: there is nothing to decide.</source>
        <translation>请先打开一个条目：没有可决定的内容。</translation>
    </message>
    <message>
        <source>%1 That was the last item in this view.</source>
        <translation>%1 这是此视图中的最后一项。</translation>
    </message>
    <message numerus="yes">
        <source>Cluster: %n items from %1 flagged “%2”. The next decision applies to all of them; Esc cancels.</source>
        <translation>
            <numerusform>集群：来自 %1 的 %n 个条目被标记为“%2”。下一个决定将应用于所有这些条目；按 Esc 取消。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster cancelled: decisions apply to the open item again.</source>
        <translation>已取消集群：决定重新仅应用于当前打开的条目。</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 项</translation>
    </message>
    <message>
        <source>Not claimed yet</source>
        <translation>尚未认领</translation>
    </message>
    <message>
        <source>Your claim: %1:%2 left</source>
        <translation>你的认领：剩余 %1:%2</translation>
    </message>
</context>
<context>
    <name>wk::ReviewDeskActions</name>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Approve the item (or the selection) and go on to the next one.</source>
        <translation>批准该条目（或所选条目）并继续下一项。</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <source>Reject with a reason: then press 1–9.</source>
        <translation>附原因拒绝：然后按 1–9。</translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation>重新生成…</translation>
    </message>
    <message>
        <source>Ask the generator for a new version, with a note.</source>
        <translation>请求生成器生成新版本，并附说明。</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Send the copy as edited in the item pane.</source>
        <translation>发送在条目窗格中编辑后的文案。</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>Hand the item to a lead.</source>
        <translation>将条目移交给组长。</translation>
    </message>
    <message>
        <source>Undo last decision</source>
        <translation>撤销上一个决定</translation>
    </message>
    <message>
        <source>Withdraw the last decision while it is still in its grace period.</source>
        <translation>在宽限期内撤回上一个决定。</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>下一项</translation>
    </message>
    <message>
        <source>Open the next item in the queue.</source>
        <translation>打开队列中的下一项。</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>上一项</translation>
    </message>
    <message>
        <source>Open the previous item in the queue.</source>
        <translation>打开队列中的上一项。</translation>
    </message>
    <message>
        <source>Select cluster</source>
        <translation>选择集群</translation>
    </message>
    <message>
        <source>Select every item of this supplier with the same flag reason: the next decision applies to all of them.</source>
        <translation>选择该供应商中具有相同标记原因的所有条目：下一个决定将应用于所有这些条目。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the reason, the note or the cluster.</source>
        <translation>取消原因、说明或集群。</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search titles, copy and reasons.</source>
        <translation>搜索标题、文案和原因。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>List the desk&apos;s keys.</source>
        <translation>列出此工作台的按键。</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>命令面板</translation>
    </message>
    <message>
        <source>Find any of the desk&apos;s commands by name.</source>
        <translation>按名称查找此工作台的任意命令。</translation>
    </message>
    <message>
        <source>Work on the item</source>
        <translation>处理此条目</translation>
    </message>
    <message>
        <source>Move the keyboard into the item: zoom and regions, playback and time ranges, or the text to correct. Esc comes back to the queue.</source>
        <translation>将键盘焦点移入条目：缩放和区域、播放和时间范围，或要更正的文本。按 Esc 返回队列。</translation>
    </message>
</context>
<context>
    <name>wk::ReviewFacetBar</name>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>All flag reasons</source>
        <translation>所有标记原因</translation>
    </message>
    <message>
        <source>Flag reason</source>
        <translation>标记原因</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>所有等级</translation>
    </message>
    <message>
        <source>Supplier tier</source>
        <translation>供应商等级</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>所有市场</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>All locales</source>
        <translation>所有语言区域</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>语言区域</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>认领人</translation>
    </message>
    <message>
        <source>Anyone&apos;s claim</source>
        <translation>任何人的认领</translation>
    </message>
    <message>
        <source>Claimed by me</source>
        <translation>我认领的</translation>
    </message>
    <message>
        <source>Claimed by others</source>
        <translation>他人认领的</translation>
    </message>
    <message>
        <source>Not claimed</source>
        <translation>未认领</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Any SLA</source>
        <translation>任意 SLA</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>已违反 SLA</translation>
    </message>
    <message>
        <source>Due within the hour</source>
        <translation>一小时内到期</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Highest impact first</source>
        <translation>影响最大优先</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早优先</translation>
    </message>
    <message>
        <source>Least AI confidence first</source>
        <translation>AI 置信度最低优先</translation>
    </message>
    <message>
        <source>Search titles, copy and reasons (/)</source>
        <translation>搜索标题、文案和原因 (/)</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>搜索队列</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>已保存的视图</translation>
    </message>
    <message>
        <source>Save the current facets, search and order under a name, or open a saved view.</source>
        <translation>将当前的筛选项、搜索和排序以某个名称保存，或打开已保存的视图。</translation>
    </message>
    <message>
        <source>Save current view…</source>
        <translation>保存当前视图…</translation>
    </message>
    <message>
        <source>Delete a view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>此视图的名称：</translation>
    </message>
</context>
<context>
    <name>wk::ReviewItemView</name>
    <message>
        <source>Review item</source>
        <translation>审核条目</translation>
    </message>
    <message>
        <source>No item open</source>
        <translation>未打开条目</translation>
    </message>
    <message>
        <source>The item you pick in the queue is shown here: its image, video or copy.</source>
        <translation>您在队列中选择的条目会显示在这里：图片、视频或文案。</translation>
    </message>
    <message>
        <source>Pick an item in the queue.</source>
        <translation>请在队列中选择一个条目。</translation>
    </message>
</context>
<context>
    <name>wk::ReviewLabels</name>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>文案</translation>
    </message>
    <message>
        <source>artefact visible</source>
        <translation>可见瑕疵</translation>
    </message>
    <message>
        <source>product mismatch</source>
        <translation>与商品不符</translation>
    </message>
    <message>
        <source>garbled text</source>
        <translation>文字乱码</translation>
    </message>
    <message>
        <source>continuity glitch</source>
        <translation>连贯性错误</translation>
    </message>
    <message>
        <source>flash frame</source>
        <translation>闪帧</translation>
    </message>
    <message>
        <source>wrong colour</source>
        <translation>颜色错误</translation>
    </message>
    <message>
        <source>unbacked claim</source>
        <translation>无依据的声明</translation>
    </message>
    <message>
        <source>forbidden claim</source>
        <translation>禁止的声明</translation>
    </message>
    <message>
        <source>certification claim</source>
        <translation>认证声明</translation>
    </message>
    <message>
        <source>number mismatch</source>
        <translation>数字不符</translation>
    </message>
    <message>
        <source>missing field</source>
        <translation>缺少字段</translation>
    </message>
    <message>
        <source>trademark risk</source>
        <translation>商标风险</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>低置信度</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>已认领</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>regeneration requested</source>
        <translation>已请求重新生成</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <source>%1 (pending)</source>
        <translation>%1（待确认）</translation>
    </message>
    <message>
        <source>pallet trader</source>
        <translation>托盘贸易商</translation>
    </message>
    <message>
        <source>direct factory</source>
        <translation>直供工厂</translation>
    </message>
    <message>
        <source>1688 long tail</source>
        <translation>1688 长尾</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount, currency code</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown age</source>
        <translation>时长未知</translation>
    </message>
    <message>
        <source>%1 · SLA breached %2 ago</source>
        <translation>%1 · 已超出 SLA %2</translation>
    </message>
    <message>
        <source>%1 · due in %2</source>
        <translation>%1 · %2 后到期</translation>
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
        <translation>%1%</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Your decision is in the outbox; the platform has not confirmed it yet.</source>
        <translation>你的决定在发件箱中；平台尚未确认。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>SKU · title</source>
        <translation>SKU · 标题</translation>
    </message>
    <message>
        <source>Flag reasons</source>
        <translation>标记原因</translation>
    </message>
    <message>
        <source>AI confidence</source>
        <translation>AI 置信度</translation>
    </message>
    <message>
        <source>GMV at risk</source>
        <translation>风险 GMV</translation>
    </message>
    <message>
        <source>Age / SLA</source>
        <translation>时长 / SLA</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>认领人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>wk::ReviewReaderThread</name>
    <message>
        <source>A review item in the cache could not be read (%1). Syncing again usually repairs it.</source>
        <translation>缓存中的一个审核条目无法读取（%1）。重新同步通常可以修复。</translation>
    </message>
</context>
<context>
    <name>wk::ReviewSessionStats</name>
    <message>
        <source>%1 decided · %2/h · median %3 s</source>
        <translation>已决定 %1 · %2/小时 · 中位 %3 秒</translation>
    </message>
</context>
<context>
    <name>wk::ScoreRefresher</name>
    <message>
        <source>The scorecards could not be recomputed: %1</source>
        <translation>无法重新计算评分卡：%1</translation>
    </message>
</context>
<context>
    <name>wk::ScorecardPanel</name>
    <message>
        <source>1 week</source>
        <translation>1 周</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n 周</numerusform>
        </translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 个月</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders behind this score…</source>
        <translation>此评分背后的订单…</translation>
    </message>
    <message>
        <source>Review items behind this score…</source>
        <translation>此评分背后的审核项…</translation>
    </message>
    <message>
        <source>Move tier…</source>
        <translation>调整层级…</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>暂停…</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>How the score is made</source>
        <translation>评分的构成</translation>
    </message>
    <message>
        <source>Score criteria</source>
        <translation>评分指标</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>自身</translation>
    </message>
    <message>
        <source>Tier mean</source>
        <translation>层级均值</translation>
    </message>
    <message>
        <source>Own share</source>
        <translation>自身占比</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>采用值</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>How much the supplier&apos;s own record counts: sample / (sample + prior). The rest is the tier&apos;s mean.</source>
        <translation>供应商自身记录所占的比重：样本 /（样本 + 先验）。其余部分取层级均值。</translation>
    </message>
    <message>
        <source>The rate the score uses: own share × own + the rest × tier mean.</source>
        <translation>评分采用的比率：自身占比 × 自身值 + 其余 × 层级均值。</translation>
    </message>
    <message>
        <source>Weight × the criterion&apos;s score out of 100.</source>
        <translation>权重 × 该指标的百分制得分。</translation>
    </message>
    <message>
        <source>Double-click a criterion to see the orders or review items behind it.</source>
        <translation>双击某个指标可查看其背后的订单或审核项。</translation>
    </message>
    <message>
        <source>Behind this score: the latest exceptions and rejected media</source>
        <translation>此评分背后：最新的异常和被驳回的媒体</translation>
    </message>
    <message>
        <source>Orders and review items behind the score</source>
        <translation>评分背后的订单和审核项</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Order or item</source>
        <translation>订单或审核项</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>计为</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Open the Fulfilment desk filtered to this supplier&apos;s orders.</source>
        <translation>打开履约工作台，筛选为该供应商的订单。</translation>
    </message>
    <message>
        <source>Open the Review desk filtered to this supplier&apos;s review items.</source>
        <translation>打开审核工作台，筛选为该供应商的审核项。</translation>
    </message>
    <message>
        <source>Select a supplier to see its scorecard.</source>
        <translation>选择一个供应商以查看其评分卡。</translation>
    </message>
    <message>
        <source>Loading the scorecard of %1…</source>
        <translation>正在加载 %1 的评分卡…</translation>
    </message>
    <message>
        <source>This supplier is no longer in the cache.</source>
        <translation>该供应商已不在缓存中。</translation>
    </message>
    <message>
        <source>%1 · %2, %3 · %4</source>
        <translation>%1 · %3 %2 · %4</translation>
    </message>
    <message>
        <source>Suspended: %1</source>
        <translation>已暂停：%1</translation>
    </message>
    <message>
        <source>1 change waiting to reach the platform.</source>
        <translation>有 1 项更改等待发送到平台。</translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting to reach the platform.</source>
        <translation>
            <numerusform>有 %n 项更改等待发送到平台。</numerusform>
        </translation>
    </message>
    <message>
        <source>Score %1 · %2</source>
        <translation>评分 %1 · %2</translation>
    </message>
    <message>
        <source>From %1 and %2 in the last %3, newer periods weighing more (×%4 per period back). Small samples are pulled toward the mean of the %5 tier: the &quot;Own share&quot; column says how much the supplier&apos;s own record counts.</source>
        <translation>依据最近 %3 内的 %1 和 %2，越新的周期权重越高（每往前一个周期 ×%4）。小样本会向“%5”层级的均值收缩：“自身占比”一列表示供应商自身记录所占的比重。</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 笔订单</translation>
    </message>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n 笔订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed media</source>
        <translation>
            <numerusform>%n 个已审核媒体</numerusform>
        </translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>No orders and no reviewed media in the last %1: there is nothing to score yet. This is not a perfect score; the rows below show what the tier&apos;s mean would give.</source>
        <translation>最近 %1 内没有订单，也没有已审核的媒体：目前无可评分。这不是满分；下方各行显示的是层级均值对应的结果。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Rejected %1</source>
        <translation>已驳回 %1</translation>
    </message>
    <message>
        <source>Defect and exception</source>
        <translation>缺陷兼异常</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Media reject</source>
        <translation>媒体驳回</translation>
    </message>
    <message>
        <source>No exceptions or rejected media in the cache for this supplier.</source>
        <translation>缓存中没有该供应商的异常或被驳回的媒体。</translation>
    </message>
    <message>
        <source>Reinstate…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>暂停</translation>
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
        <source>Allow an unencrypted connection</source>
        <translation>允许未加密的连接</translation>
    </message>
    <message>
        <source>Platform address</source>
        <translation>平台地址</translation>
    </message>
    <message>
        <source>Supervisor token</source>
        <translation>主管令牌</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain; where there is none, in a file that only you can read. It is never written to the settings or the local cache.</source>
        <translation>令牌保存在系统钥匙串中；若系统没有钥匙串，则保存在只有您能读取的文件中。它绝不会写入设置或本地缓存。</translation>
    </message>
    <message>
        <source>Where the token is stored</source>
        <translation>令牌的存储位置</translation>
    </message>
</context>
<context>
    <name>wk::SettingsSchema</name>
    <message>
        <source>The settings in %1 were written by a newer Watchkeeper (settings version %2; this one knows up to %3). They are left unchanged: update Watchkeeper, or start it with other settings.</source>
        <translation>%1 中的设置由较新版本的 Watchkeeper 写入（设置版本 %2；此版本最高支持 %3）。这些设置保持不变：请更新 Watchkeeper，或使用其他设置启动。</translation>
    </message>
</context>
<context>
    <name>wk::SettingsTransfer</name>
    <message>
        <source>The settings could not be saved to %1: %2.</source>
        <translation>无法将设置保存到 %1：%2。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is not a Watchkeeper settings file: choose a file made with File → Export settings…</source>
        <translation>%1 不是 Watchkeeper 设置文件：请选择通过“文件 → 导出设置…”生成的文件。</translation>
    </message>
    <message>
        <source>%1 has no valid settings version: it was not made by Watchkeeper.</source>
        <translation>%1 没有有效的设置版本：它不是由 Watchkeeper 生成的。</translation>
    </message>
    <message>
        <source>%1 was exported by a newer Watchkeeper (settings version %2; this one knows up to %3): update Watchkeeper first.</source>
        <translation>%1 由较新版本的 Watchkeeper 导出（设置版本 %2；此版本最高支持 %3）：请先更新 Watchkeeper。</translation>
    </message>
    <message>
        <source>The imported settings could not be stored in %1.</source>
        <translation>无法将导入的设置存储到 %1。</translation>
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
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
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
    <name>wk::SupplierActionDialog</name>
    <message>
        <source>Move to another tier</source>
        <translation>移至其他层级</translation>
    </message>
    <message>
        <source>Move %1 out of the %2 tier.</source>
        <translation>将 %1 移出“%2”层级。</translation>
    </message>
    <message>
        <source>New tier</source>
        <translation>新层级</translation>
    </message>
    <message>
        <source>&amp;New tier:</source>
        <translation>新层级(&amp;N)：</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Suspend supplier</source>
        <translation>暂停供应商</translation>
    </message>
    <message>
        <source>Suspend %1: the platform stops buying from it until it is reinstated.</source>
        <translation>暂停 %1：在恢复之前，平台将停止向其采购。</translation>
    </message>
    <message>
        <source>Reinstate supplier</source>
        <translation>恢复供应商</translation>
    </message>
    <message>
        <source>Reinstate %1 (suspended: %2).</source>
        <translation>恢复 %1（暂停原因：%2）。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Required: why, for the supplier&apos;s record</source>
        <translation>必填：原因，将记入供应商档案</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Checking what this would touch…</source>
        <translation>正在检查会影响哪些内容…</translation>
    </message>
    <message>
        <source>This touches:</source>
        <translation>将影响：</translation>
    </message>
    <message>
        <source>1 open order</source>
        <translation>1 笔未完成订单</translation>
    </message>
    <message numerus="yes">
        <source>%n open orders</source>
        <translation>
            <numerusform>%n 笔未完成订单</numerusform>
        </translation>
    </message>
    <message>
        <source>1 SKU that no other active supplier offers</source>
        <translation>1 个没有其他活跃供应商提供的 SKU</translation>
    </message>
    <message numerus="yes">
        <source>%n SKUs that no other active supplier offers</source>
        <translation>
            <numerusform>%n 个没有其他活跃供应商提供的 SKU</numerusform>
        </translation>
    </message>
    <message>
        <source>1 live review item</source>
        <translation>1 个进行中的审核项</translation>
    </message>
    <message numerus="yes">
        <source>%n live review items</source>
        <translation>
            <numerusform>%n 个进行中的审核项</numerusform>
        </translation>
    </message>
    <message>
        <source>Those SKUs cannot be sold while the supplier is suspended.</source>
        <translation>供应商暂停期间，这些 SKU 无法销售。</translation>
    </message>
</context>
<context>
    <name>wk::SupplierCharts</name>
    <message>
        <source>Score trend chart</source>
        <translation>评分趋势图</translation>
    </message>
    <message>
        <source>Defect rate against on-time rate chart</source>
        <translation>缺陷率与准时率对比图</translation>
    </message>
    <message>
        <source>Exceptions by code chart</source>
        <translation>按代码统计的异常图</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image.</source>
        <translation>将此图表保存为 PNG 图片。</translation>
    </message>
    <message>
        <source>Export tiers as PNG…</source>
        <translation>将层级图导出为 PNG…</translation>
    </message>
    <message>
        <source>Export trend as PNG…</source>
        <translation>将趋势图导出为 PNG…</translation>
    </message>
    <message>
        <source>Export exceptions as PNG…</source>
        <translation>将异常图导出为 PNG…</translation>
    </message>
    <message>
        <source>Score over the last 12 periods</source>
        <translation>最近 12 个周期的评分</translation>
    </message>
    <message>
        <source>Score trend: select a supplier</source>
        <translation>评分趋势：请选择供应商</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>第%1周</translation>
    </message>
    <message>
        <source>Defects against on time, per tier</source>
        <translation>各层级缺陷率与准时率</translation>
    </message>
    <message>
        <source>Selected supplier</source>
        <translation>所选供应商</translation>
    </message>
    <message>
        <source>On time (%)</source>
        <translation>准时 (%)</translation>
    </message>
    <message>
        <source>Defects (%)</source>
        <translation>缺陷 (%)</translation>
    </message>
    <message>
        <source>Exceptions by code</source>
        <translation>按代码统计的异常</translation>
    </message>
    <message>
        <source>Exceptions: select a supplier</source>
        <translation>异常：请选择供应商</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The chart could not be saved as %1. Choose a folder you can write to.</source>
        <translation>无法将图表保存为 %1。请选择一个可写入的文件夹。</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>wk::SupplierReader</name>
    <message>
        <source>The supplier data could not be read from the cache: %1</source>
        <translation>无法从缓存读取供应商数据：%1</translation>
    </message>
</context>
<context>
    <name>wk::SupplierTierModel</name>
    <message>
        <source>move to pallet traders</source>
        <translation>移至整托贸易商</translation>
    </message>
    <message>
        <source>move to direct factories</source>
        <translation>移至直供工厂</translation>
    </message>
    <message>
        <source>move to the 1688 long tail</source>
        <translation>移至 1688 长尾</translation>
    </message>
    <message>
        <source>suspend</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>reinstate</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>关注</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>%1 (suspended)</source>
        <translation>%1（已暂停）</translation>
    </message>
    <message>
        <source>%1 · pending: %2</source>
        <translation>%1 · 待处理：%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>交付周期</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>异常</translation>
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
    <message>
        <source>Computing the scorecards…</source>
        <translation>正在计算评分卡…</translation>
    </message>
    <message>
        <source>Search suppliers</source>
        <translation>搜索供应商</translation>
    </message>
    <message>
        <source>Search by name, Chinese name or id (Ctrl+F)</source>
        <translation>按名称、中文名或 ID 搜索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Show all suppliers</source>
        <translation>显示全部供应商</translation>
    </message>
    <message>
        <source>Scorecard status</source>
        <translation>评分卡状态</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the last supplier action</source>
        <translation>撤销上一次供应商操作</translation>
    </message>
    <message>
        <source>Undone: nothing was sent to the platform.</source>
        <translation>已撤销：没有向平台发送任何内容。</translation>
    </message>
    <message>
        <source>Too late to undo: the platform has it already.</source>
        <translation>来不及撤销：平台已收到。</translation>
    </message>
    <message>
        <source>Move this supplier to another tier (Ctrl+Shift+M).</source>
        <translation>将该供应商移至其他层级 (Ctrl+Shift+M)。</translation>
    </message>
    <message>
        <source>Suspend or reinstate this supplier (Ctrl+Shift+U).</source>
        <translation>暂停或恢复该供应商 (Ctrl+Shift+U)。</translation>
    </message>
    <message>
        <source>Scores up to the period starting %1.</source>
        <translation>评分截至自 %1 开始的周期。</translation>
    </message>
    <message>
        <source>Moving %1 to %2: queued for the platform.</source>
        <translation>正在将 %1 移至“%2”：已加入发往平台的队列。</translation>
    </message>
    <message>
        <source>Suspending %1: queued for the platform.</source>
        <translation>正在暂停 %1：已加入发往平台的队列。</translation>
    </message>
    <message>
        <source>Reinstating %1: queued for the platform.</source>
        <translation>正在恢复 %1：已加入发往平台的队列。</translation>
    </message>
    <message>
        <source>Scorecard periods</source>
        <translation>评分卡周期</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>最近 12 周</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Score suppliers over weeks or over months; newer periods weigh more.</source>
        <translation>按周或按月为供应商评分；越新的周期权重越高。</translation>
    </message>
    <message>
        <source>&amp;Periods:</source>
        <translation>周期(&amp;P)：</translation>
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
    <name>wk::SyncStatePanel</name>
    <message>
        <source>Work &amp;offline</source>
        <translation>离线工作(&amp;O)</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>离线工作</translation>
    </message>
    <message>
        <source>No requests at all while this is on: decisions queue here and are sent when you switch it off.</source>
        <translation>开启时不发送任何请求：决定会在此排队，关闭后再发送。</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>待发送：</translation>
    </message>
    <message>
        <source>Needs you:</source>
        <translation>待您处理：</translation>
    </message>
    <message>
        <source>Last successful pull:</source>
        <translation>上次成功拉取：</translation>
    </message>
    <message>
        <source>Throughput:</source>
        <translation>吞吐量：</translation>
    </message>
    <message>
        <source>First sync progress</source>
        <translation>首次同步进度</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Syncing: sending %1</source>
        <translation>同步中：正在发送 %1 项</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>同步中</translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation>离线工作中</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Offline: the platform cannot be reached</source>
        <translation>离线：无法连接平台</translation>
    </message>
    <message>
        <source>No platform: working from the local cache only</source>
        <translation>无平台：仅使用本地缓存工作</translation>
    </message>
    <message>
        <source> · conflicts: %1</source>
        <translation> · 冲突：%1</translation>
    </message>
    <message>
        <source>Nothing: every decision has reached the platform.</source>
        <translation>无：所有决定都已送达平台。</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 commands; the oldest has waited %2</source>
        <translation>%1 条命令；最早的一条已等待 %2</translation>
    </message>
    <message>
        <source>Nothing: no conflicts or rejections.</source>
        <translation>无：没有冲突或拒绝。</translation>
    </message>
    <message>
        <source>Conflicts: %1 · rejected: %2 — settle them below.</source>
        <translation>冲突：%1 · 已拒绝：%2 — 请在下方处理。</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 changes/s received · %2 commands/s sent · in total %3 changes, %4 commands</source>
        <translation>接收 %1 条变更/秒 · 发送 %2 条命令/秒 · 共 %3 条变更、%4 条命令</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>First sync: %1 changes received so far</source>
        <translation>首次同步：已接收 %1 条变更</translation>
    </message>
    <message>
        <source>Offline: see the problem below</source>
        <translation>离线：请查看下方的问题</translation>
    </message>
    <message numerus="yes">
        <source>All %1 changes are in. Building the indexes for sorting and search: %n left. Until then, search does not find the new items.</source>
        <translation>
            <numerusform>全部 %1 项变更已到达。正在建立排序和搜索索引：还剩 %n 个。在此之前，搜索找不到新条目。</numerusform>
        </translation>
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
    <name>wk::TakeOffline</name>
    <message>
        <source>Connect to a platform first: there is nothing to take offline yet.</source>
        <translation>请先连接平台：目前还没有可离线处理的内容。</translation>
    </message>
    <message>
        <source>Items can only be taken offline while the platform is reachable: the claims must reach it and the media must be downloaded. Switch &quot;Work offline&quot; off or check the connection, then try again.</source>
        <translation>只有在能连接平台时才能将条目带离线：认领需要送达平台，媒体需要下载。请关闭“离线工作”或检查网络连接，然后重试。</translation>
    </message>
    <message>
        <source>Looking for open items…</source>
        <translation>正在查找待处理条目…</translation>
    </message>
    <message>
        <source>The open items could not be read from the local cache: %1</source>
        <translation>无法从本地缓存读取待处理条目：%1</translation>
    </message>
    <message>
        <source>The connection to the platform was closed.</source>
        <translation>与平台的连接已关闭。</translation>
    </message>
    <message>
        <source>There are no open items free to take offline: every open item is claimed by someone or already has a command of yours on its way.</source>
        <translation>没有可带离线的空闲条目：所有待处理条目都已被认领，或已有您的命令在发送中。</translation>
    </message>
    <message>
        <source>Claiming for 8 hours: %1 items…</source>
        <translation>正在认领 8 小时：%1 个条目…</translation>
    </message>
    <message>
        <source>Items claimed: %1. Their media cannot be downloaded: this console has no media cache.</source>
        <translation>已认领条目：%1。无法下载其媒体：此控制台没有媒体缓存。</translation>
    </message>
    <message>
        <source>Items claimed: %1; media downloaded: %2 of %3</source>
        <translation>已认领条目：%1；已下载媒体：%2 / %3</translation>
    </message>
    <message>
        <source>Items claimed for 8 hours: %1. Media that could not be downloaded: %2, so those items cannot be reviewed offline. The last reason: %3</source>
        <translation>已认领 8 小时的条目：%1。未能下载的媒体：%2，这些条目无法离线审核。最近的原因：%3</translation>
    </message>
    <message>
        <source>Items claimed for you for 8 hours: %1, with their media on this computer: you can review them offline. A claim someone else got first shows up under Conflicts.</source>
        <translation>已为您认领 8 小时的条目：%1，其媒体已保存在本机：您可以离线审核。若有条目被他人抢先认领，会显示在“冲突”中。</translation>
    </message>
</context>
<context>
    <name>wk::TakeOfflinePanel</name>
    <message>
        <source>Take open &amp;items offline:</source>
        <translation>将待处理条目带离线(&amp;I)：</translation>
    </message>
    <message>
        <source>Number of items to take offline</source>
        <translation>要带离线的条目数</translation>
    </message>
    <message>
        <source>Claim and download</source>
        <translation>认领并下载</translation>
    </message>
    <message>
        <source>Take items offline</source>
        <translation>将条目带离线</translation>
    </message>
    <message>
        <source>Claims the most urgent open review items for 8 hours and downloads their media, so that you can review them without a network.</source>
        <translation>认领最紧急的待审核条目 8 小时并下载其媒体，以便您在无网络时审核。</translation>
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
    <name>wk::TierPane</name>
    <message>
        <source>%1 list</source>
        <translation>%1列表</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 supplier</source>
        <translation>1 个供应商</translation>
    </message>
    <message numerus="yes">
        <source>%n suppliers</source>
        <translation>
            <numerusform>%n 个供应商</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wk::TokenFile</name>
    <message>
        <source>Cannot create the folder %1 for the token file.</source>
        <translation>无法为令牌文件创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write the token file %1: %2.</source>
        <translation>无法写入令牌文件 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot replace the token file %1.</source>
        <translation>无法替换令牌文件 %1。</translation>
    </message>
    <message>
        <source>The token file %1 could be read by other users; it is now readable by you only. If you share this computer, ask for a new token.</source>
        <translation>令牌文件 %1 曾可被其他用户读取；现在仅您可读。若您与他人共用此电脑，请申请新令牌。</translation>
    </message>
    <message>
        <source>The token file %1 can be read by other users; make it readable by you only (chmod 600).</source>
        <translation>令牌文件 %1 可被其他用户读取；请将其设为仅您可读（chmod 600）。</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2.</source>
        <translation>无法读取令牌文件 %1：%2。</translation>
    </message>
    <message>
        <source>Your token is kept in the file %1, readable only by you.</source>
        <translation>您的令牌保存在文件 %1 中，仅您可读。</translation>
    </message>
    <message>
        <source>This build of Watchkeeper has no system keychain support. %1</source>
        <translation>此版本的 Watchkeeper 不支持系统钥匙串。%1</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). %2</source>
        <translation>无法使用系统钥匙串（%1）。%2</translation>
    </message>
    <message>
        <source>Cannot remove the token file %1.</source>
        <translation>无法删除令牌文件 %1。</translation>
    </message>
</context>
<context>
    <name>wk::TokenStore</name>
    <message>
        <source>access to it was refused</source>
        <translation>访问被拒绝</translation>
    </message>
    <message>
        <source>no keychain service answered; on Linux that is the Secret Service of GNOME Keyring or KWallet</source>
        <translation>没有钥匙串服务响应；在 Linux 上即 GNOME Keyring 或 KWallet 的 Secret Service</translation>
    </message>
    <message>
        <source>it holds no token for this platform</source>
        <translation>其中没有此平台的令牌</translation>
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
    <name>wk::VideoPane</name>
    <message>
        <source>Video cannot be played on this computer: Qt Multimedia found no media backend. Install the GStreamer plugins (base, good, libav) or Qt&apos;s FFmpeg plugin, then restart Watchkeeper.</source>
        <translation>此电脑无法播放视频：Qt Multimedia 未找到媒体后端。请安装 GStreamer 插件（base、good、libav）或 Qt 的 FFmpeg 插件，然后重新启动 Watchkeeper。</translation>
    </message>
    <message>
        <source>Video review</source>
        <translation>视频审核</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Video timeline</source>
        <translation>视频时间轴</translation>
    </message>
    <message>
        <source>Time ranges</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Time ranges on the video</source>
        <translation>视频中的时间段</translation>
    </message>
    <message>
        <source>the player did not open it within %1 seconds</source>
        <translation>播放器在 %1 秒内未能打开</translation>
    </message>
    <message>
        <source>the player rejected it</source>
        <translation>播放器拒绝了该文件</translation>
    </message>
    <message>
        <source>◀◀</source>
        <translation>◀◀</translation>
    </message>
    <message>
        <source>Play backwards</source>
        <translation>倒放</translation>
    </message>
    <message>
        <source>Play backwards; again for faster (J)</source>
        <translation>倒放；再按一次加速（J）</translation>
    </message>
    <message>
        <source>◀|</source>
        <translation>◀|</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>上一帧</translation>
    </message>
    <message>
        <source>One frame back (,)</source>
        <translation>后退一帧（,）</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <source>Play or pause (Space; K pauses)</source>
        <translation>播放或暂停（空格；K 暂停）</translation>
    </message>
    <message>
        <source>|▶</source>
        <translation>|▶</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <source>One frame forward (.)</source>
        <translation>前进一帧（.）</translation>
    </message>
    <message>
        <source>▶▶</source>
        <translation>▶▶</translation>
    </message>
    <message>
        <source>Play forwards</source>
        <translation>正放</translation>
    </message>
    <message>
        <source>Play forwards; again for faster (L)</source>
        <translation>正放；再按一次加速（L）</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入点</translation>
    </message>
    <message>
        <source>Mark in</source>
        <translation>标记入点</translation>
    </message>
    <message>
        <source>Mark the start of a range here (I)</source>
        <translation>在此标记时间段的开始（I）</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出点</translation>
    </message>
    <message>
        <source>Mark out</source>
        <translation>标记出点</translation>
    </message>
    <message>
        <source>Mark the end of a range here (O)</source>
        <translation>在此标记时间段的结束（O）</translation>
    </message>
    <message>
        <source>Loop in–out</source>
        <translation>循环入点–出点</translation>
    </message>
    <message>
        <source>Loop between the in and out marks</source>
        <translation>在入点和出点之间循环</translation>
    </message>
    <message>
        <source>Play the marked range over and over (Shift+L)</source>
        <translation>反复播放标记的时间段（Shift+L）</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>播放位置</translation>
    </message>
    <message>
        <source>Add range</source>
        <translation>添加时间段</translation>
    </message>
    <message>
        <source>Add the range between the in and out marks (M)</source>
        <translation>添加入点与出点之间的时间段（M）</translation>
    </message>
    <message>
        <source>Defect tag:</source>
        <translation>缺陷标签：</translation>
    </message>
    <message>
        <source>Defect tag</source>
        <translation>缺陷标签</translation>
    </message>
    <message>
        <source>Defect tags</source>
        <translation>缺陷标签列表</translation>
    </message>
    <message>
        <source>The tag of the selected range and of new ones; type your own for a defect not in the list</source>
        <translation>所选时间段及新时间段的标签；列表中没有的缺陷可自行输入</translation>
    </message>
    <message>
        <source>Delete range</source>
        <translation>删除时间段</translation>
    </message>
    <message>
        <source>Delete the selected range (Delete)</source>
        <translation>删除所选时间段（Delete）</translation>
    </message>
    <message>
        <source>Previous range</source>
        <translation>上一个时间段</translation>
    </message>
    <message>
        <source>Jump to the previous range ([)</source>
        <translation>跳到上一个时间段（[）</translation>
    </message>
    <message>
        <source>Next range</source>
        <translation>下一个时间段</translation>
    </message>
    <message>
        <source>Jump to the next range (])</source>
        <translation>跳到下一个时间段（]）</translation>
    </message>
    <message>
        <source>Generated video — %1</source>
        <translation>生成的视频 — %1</translation>
    </message>
    <message>
        <source>Generated video</source>
        <translation>生成的视频</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>No item selected.</source>
        <translation>未选择条目。</translation>
    </message>
    <message>
        <source>playing %1×</source>
        <translation>正在播放 %1×</translation>
    </message>
    <message>
        <source>playing backwards %1×</source>
        <translation>正在倒放 %1×</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>%1 / %2 · frame %3 · %4</source>
        <translation>%1 / %2 · 第 %3 帧 · %4</translation>
    </message>
    <message>
        <source> · in %1, out %2</source>
        <translation> · 入点 %1，出点 %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>untagged</source>
        <translation>未标记</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · suspected by the AI</source>
        <translation>%1 · %2 · %3 · AI 怀疑</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · yours</source>
        <translation>%1 · %2 · %3 · 您标记的</translation>
    </message>
</context>
<context>
    <name>wk::VideoSurface</name>
    <message>
        <source>⚠ Cannot play this video
%1</source>
        <translation>⚠ 无法播放此视频
%1</translation>
    </message>
</context>
<context>
    <name>wk::VideoTimeline</name>
    <message>
        <source>AI: %1</source>
        <translation>AI：%1</translation>
    </message>
    <message>
        <source>I</source>
        <translation>入</translation>
    </message>
    <message>
        <source>O</source>
        <translation>出</translation>
    </message>
</context>
<context>
    <name>wk::WelcomeDialog</name>
    <message>
        <source>Welcome to Watchkeeper</source>
        <translation>欢迎使用 Watchkeeper</translation>
    </message>
    <message>
        <source>Connect to your shop&apos;s platform with the address and the supervisor token you were given, or look around on the demo platform first: it runs on this computer with generated data, and nothing you do there reaches the real shop. You can change this later under File → Settings…</source>
        <translation>使用您获得的地址和监管员令牌连接到商店平台，或先在演示平台上看看：它在这台计算机上使用生成的数据运行，您在其中的任何操作都不会影响真实商店。您之后可以在“文件 → 设置…”中更改。</translation>
    </message>
    <message>
        <source>Connect to a platform</source>
        <translation>连接到平台</translation>
    </message>
    <message>
        <source>https://platform.example.com</source>
        <translation>https://platform.example.com</translation>
    </message>
    <message>
        <source>Your supervisor token</source>
        <translation>您的监管员令牌</translation>
    </message>
    <message>
        <source>Allow an unencrypted connection</source>
        <translation>允许未加密的连接</translation>
    </message>
    <message>
        <source>Only for a test setup on a network you trust: without encryption anyone in between can read your token.</source>
        <translation>仅用于您信任的网络中的测试环境：未加密时，中间的任何人都能读取您的令牌。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation>平台地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Supervisor t&amp;oken:</source>
        <translation>监管员令牌(&amp;O)：</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <source>Starts the reference platform with generated data on this computer.</source>
        <translation>在这台计算机上启动带有生成数据的参考平台。</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>以后再说(&amp;N)</translation>
    </message>
    <message>
        <source>Opens the console without a platform; it asks again at the next start.</source>
        <translation>在没有平台的情况下打开控制台；下次启动时会再次询问。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
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
    <message>
        <source>Sync the local cache with a platform without a window (see watchkeeper sync --help).</source>
        <translation>无窗口地将本地缓存与平台同步（参见 watchkeeper sync --help）。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Without a command, the console window opens.</source>
        <translation>不带命令时将打开控制台窗口。</translation>
    </message>
    <message>
        <source>Render the main window at 1280×800 into the PNG file &lt;path&gt; and exit. With --demo: once the demo&apos;s first sync has finished.</source>
        <translation>将主窗口以 1280×800 渲染到 PNG 文件 &lt;路径&gt; 后退出。与 --demo 一起使用时：在演示的首次同步完成后。</translation>
    </message>
    <message>
        <source>Open the desk &lt;name&gt; first: overview, review, fulfilment, suppliers, sync or journal.</source>
        <translation>首先打开工作区 &lt;名称&gt;：overview、review、fulfilment、suppliers、sync 或 journal。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
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
    <name>wk::console::RemoteSync</name>
    <message>
        <source>The token could not be stored, so it will be asked for again after a restart: %1</source>
        <translation>无法保存令牌，重启后需要重新输入：%1</translation>
    </message>
    <message>
        <source>No token for %1: enter it under File → Settings…</source>
        <translation>没有 %1 的令牌：请在“文件 → 设置…”中输入</translation>
    </message>
    <message>
        <source>The platform needs your supervisor token before the console can sync.</source>
        <translation>控制台同步前，平台需要您的主管令牌。</translation>
    </message>
    <message>
        <source>Warning: token stored in a file</source>
        <translation>警告：令牌保存在文件中</translation>
    </message>
</context>
<context>
    <name>wk::console::Screenshot</name>
    <message>
        <source>Cannot write the screenshot %1: %2</source>
        <translation>无法写入截图 %1：%2</translation>
    </message>
    <message>
        <source>The demo did not finish its first sync within five minutes: no screenshot.</source>
        <translation>演示未在五分钟内完成首次同步：未截图。</translation>
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
