import type { StatedLength } from './judgedTimeline';
import { hasClockTime, hasMilestone, type TimelineEntry } from './resolveTimeline';
import { UNRELATED } from './proseFigures';
import { memosBypassed, TextMemo } from './textMemo';
import { monthNumber } from './timestamps';
import { matchesOf } from './matches';

export const MILESTONES = ['started', 'detected', 'acknowledged', 'triaged', 'identified', 'mitigated', 'resolved'] as const;
export type Milestone = (typeof MILESTONES)[number];

/** Every milestone an entry marks, in the order of an incident (an alert that is also the start: started, detected). */
export function milestonesOf(entry: TimelineEntry): Milestone[] {
  return MILESTONES.filter((milestone) => hasMilestone(entry, milestone));
}

/** The figures computed from milestones (../shared/docs/domain.md), by the names stated figures use. */
export type DurationKind = 'detect' | 'acknowledge' | 'triage' | 'identify' | 'mitigate' | 'resolve' | 'impact' | 'total';

/**
 * Wording that names a milestone, read as phrases about the incident. Strong wording names it outright; weak
 * wording only when nothing stronger does ("traffic restored" is the end of impact unless the incident is declared
 * resolved soon after).
 */
const WORDING: Record<Milestone, { strong: RegExp; weak?: RegExp; explicit?: RegExp }> = {
  started: {
    // The author naming the moment: "**Start of incident**:", "impact begins", "outage begins", "This is the actual start.",
    // a closing label "**Start impact.**",
    // "We treat this as the start of the event.".
    explicit: /\b((?<!\b(?:after|since|before|when|until|once|as) (?:the |an |this |our )?)(?!(?<=\b(?:planned|scheduled|announced) (?:[\w-]+ ){0,2})(?:downtime|outages?|maintenance)\b)(?:outage|impact|downtime|exposure|data loss|loss of service|service loss|compromise|breach|(?:unauthori[sz]ed )?access) (?:(?:to (?:customers|users|clients) )?)(?:begins|began|starts|started)\b|(?:start|beginning) of (?:the )?(?:customer |user |service )?(?:incident|outage|impact|fault)(?! (?:response|review|call|channel|commander|management|process|was|is|at)\b)|impact (?:start(?:s|ed)?|began|begins)|(?:this|that)(?:['’]s| is| was) (?:the )?(?:actual|real|true) start|(?:we|I) (?:treat|take|count|consider|regard|use|mark) (?:this|that|it) as (?:the )?(?:actual |real |true |official |effective )?start(?: of (?:the )?(?:event|incident|outage|impact|disruption))?(?=\s*[.!;,)]|\s*$)|(?:this|that)(?:['’]s| is| was) (?:when|where) (?:the )?(?:outage|impact|incident|event|problem|failure) (?:started|began|starts|begins)|(?<=^\W*|[.;!]\s{1,3}(?:\*\*|__)?)(?:start|begin) (?:customer |user )?(?:impact|outage)(?=\s*(?:\*\*|[.!)\]]|$)))\b/i,
    // "First lockouts", "first candidates are locked out": the first of those hurt.
    // "**From here every `apt update` against our repo fails.**": the author marking the moment from which it fails.
    strong:
      /\bfrom (?:here|this point|this moment|that point|that moment|then)(?: on(?:wards?)?)?,? (?:every|all|any|each)\b[^.;\n]{0,80}?\b(?:fails?|failed|failing|errors?|erroring|broken|breaks|down|times? out|timing out)\b|\bfirst (?:[\w-]+ )?(?:users|customers|candidates|students|players|members|accounts|clients|patients|subscribers|merchants|tenants|staff|employees) (?:are |were |get |got |being )?(?:locked|kicked) out\b|\bfirst (?:lockouts|failed (?:logins|payments|publishes|uploads|requests|deliveries|jobs|builds)(?! over\b))\b|\b((?!(?<=\b(?:planned|scheduled|announced) (?:[\w-]+ ){0,2})(?:downtime|outages?|maintenance)\b)(?:incident|outages?|impact|degradation|attacks?|(?:route )?(?<!memory )leak|flood|errors?|failures?|timeouts?|crash(?:es)?|crash ?loops?|crashloop(?:backoff)?|downtime|disruption|issues?|problems?|trouble|evictions|deferrals|rejections|retries|bounces|duplicates|declines|mismatch(?:es)?|corruption|(?:duplicate|double|wrong|incorrect) [\w-]+|charges|anrs?|oom-?kills) (?:started|starts?|began|begins?|beginning|first (?:appeared|appear|seen))|(?:cert(?:ificate)?s?|domain|token|key|credentials?|licen[cs]e|secret)(?:\s+[\w.`*-]+){0,4}\s+(?:expires|expired|lapses|lapsed|(?:reached|reaches|hit|hits) (?:its |their |the )?expiry)\b(?!\s+(?:in|within|on|soon|next|tomorrow|today)\b)|(?:start(?:ed|s)?|began|begins) getting (?:oom-?killed|killed|evicted|throttled|errors|timeouts|(?:HTTP )?[45]\d\d)|(?:start(?:ed|s)?|began|begins) getting ["“'‘][^"”’\n]{0,80}?\b(?:failed|fail|errors?|unauthori[sz]ed|denied|refused|timed out|timeout|forbidden|[45]\d\d)\b(?![^"”’\n]*["”’']\s*(?:pages?|notifications?|tickets?|alerts?|alarms?|e-?mails?|messages?|calls?)\b)|(?:start(?:ed|s)?|began|begins?) (?:failing(?! over)|hitting (?:errors|failures|timeouts|[45]\d\d)|coming back (?:empty|blank|wrong|incorrect|stale|with errors)|erroring|to fail|seeing (?:errors|failures|timeouts|5\d\ds|outages)|rebooting|crash-?looping|dropping off|disconnecting|going offline|going (?:black|dark|blank)|returning (?:(?:an? )?(?:errors?|failures?|timeouts?|empty|blank|no|wrong|stale|incorrect|bad)\b|[A-Z][A-Z\d_]*(?:ERR|FAIL|DENIED|INVALID|TIMEOUT|REJECT|UNAVAILABLE|UNABLE|REFUSED|FORBIDDEN|UNAUTHORI[SZ]ED|NOT_FOUND|EXCEPTION)[A-Z\d_]*\b|(?:[A-Z]{1,4} ?)?(?![23]\d\d\b)[1-9]\d{1,2}s?\b)|experiencing|to experience|rapidly|slowly|to degrade|timing out|waiting on|piling up|rejecting|refusing|deferring|bouncing|disappearing|going missing|backing up|creeping up|to back up|to pile up)|(?<!\b(?:maintenance|change|release|deploy(?:ment)?|freeze|migration|booking|sale) )\bwindow (?:(?:\d{1,2}|[A-Z]) )?(?:begins|began|starts|started)|begin (?:waiting on|piling up)|(?:start(?:ed|s)?|began|begins) (?:answering|responding|replying) (?:[\w-]+ ){0,3}with `?(?:errors?|[45]\d\d)\b|(?:start(?:ed|s)?|began|begins) (?:answering|returning) `?(?:SERVFAIL|REFUSED|NXDOMAIN)\b|(?:5\d\ds|errors|timeouts) (?:\S+ ){0,3}(?:start|started|begin|began)\b|(?<!\b(?:errors?|5xxs?|latency|rates?|load|usage|utili[sz]ation|cpu|memory|queues?|backlog|lag|numbers?|counts?|timeouts?|failures?)\s)(?:went|goes|go|is|was|are|were) (?:hard )?down|(?:that|this) (?:is|was) (?:the moment|the point|when) (?:[\w-]+ ){0,3}(?:broke|started failing|went down|stopped working)\b|(?:errors?|error rates?|failures?|latency|p9\d(?: latency)?|response times?|timeouts?|(?:inbound |outbound )?(?:qps|rps)|5xx(?: errors| rates?)?|5\d\ds|5\d\d (?:error )?rates?|queue(?: (?:depth|length|size))?|backlog|lag|deferrals|retries|rejections|evictions|(?!(?:request|traffic|arrival|sign-?up|conversion|success|hit|cache hit|approval|delivery|auth(?:ori[sz]ation)?)\b)[\w-]+ rates?)(?: (?:on|in|for|of|at|from|across) (?:the |our )?[\w./-]+(?: [\w./-]+)?)? (?:increased?|increases|spiked?|spikes|rose|rises?|climbed|climbs?|climbing|rising|spiking|jumped|jumps?|(?:begins?|began|starts?|started) (?:to (?:rise|climb|increase|spike|grow|creep up)|rising|climbing|increasing|spiking|growing|creeping up))|(?:creation|volumes?|sales|orders|logins|sign-?ups|checkouts|payments|deliveries|bookings|matches|transactions|conversions|throughput|traffic|requests)(?: (?:rates?|counts?|volumes?))? (?:drops?|dropped|fell|falls?|goes|went|plummet(?:s|ed)|crater(?:s|ed)|collapse[sd]?) to (?:zero|0|nothing|near[- ]zero)\b|(?:traffic|requests|throughput|success rates?|apdex) (?:dropped|drops?|fell|falls?|(?:begins|began|started|starts) to (?:drop|fall|decline|dip))|(?:success|approval|completion) rates? (?:begins|began|started|starts) (?:dropping|falling|declining|dipping)|(?<!\b(?:error|failure|fail|5xx|timeout|crash|rejection|decline|bounce|retry|eviction|drop|churn|loss)\s)\b(?:match|order|signup|sign-up|login|checkout|conversion|creation|completion|delivery|publish|booking|payment)(?: [\w-]+)? rates?(?: (?:for|on|in) [\w-]+)? (?:dropped|drops|fell|falls|plummet(?:s|ed)|crater(?:s|ed)|collapse[sd]?)\b|(?:became|becomes|went|goes) (?:unavailable|unresponsive|offline|unreachable|dark)|(?<!\b(?:monitoring|monitors?|alerting|checks?|probes?|dashboards?|metrics|logging)\s)(?:stopped|stops) (?:working|responding|answering|accepting|serving|processing)|\b(?:trip|failure|fault|crash|outage|power (?:cut|loss|failure)|panic)s? (?:occurred|occurs|happened|happens)\b|\b(?:block |batch |job )?(?:production|processing|replication|syncing|ingestion|indexing|settlement|dispatch) (?:stops|stopped|halts|halted)\b|\b(?:outbound |inbound |message |data |read |upload )?(?:queue|feed) (?:stops|stopped|halts|halted)\b(?! (?:growing|building|increasing|climbing|rising|backing)\b)|\b(?:telemetry|data|metrics|readings|dashboards?) (?:stops|stopped) (?:updating|arriving|coming in|reporting)\b|\bend(?:s|ed)? with (?:an? )?(?:`?HTTP )?`?(?:[45]\d\d|errors?|failures?|exceptions?)\b|\bfrom (?:here|now|th(?:is|at) (?:point|moment))(?: on)?,? no [\w-]+ (?:is|are|was|were|gets?|got) [a-z]+ed\b|abend(?:s|ed)\b|(?:lose|loses|lost) (?:all )?(?:mains |utility )?power\b|(?:stop|stops|stopped) (?:reaching|arriving|flowing|loading|syncing|delivering|reporting|sending|going out|committing|propagating|consuming|being (?:sent|delivered|processed|credited|settled|confirmed|produced))\b|(?:start(?:ed|s)?|began|begins?) being (?:blocked|rejected|refused|denied|throttled|dropped|rate-?limited)\b|(?:halts?|halted|stalled|stalls|crashed|crashes|segfault(?:s|ed)|oom[- ]killed|panic(?:s|ked)|freezes|froze|freeze(?= (?:for|on|when|after|until)\b|\W*$))\b|first (?:errors?|failures?) (?:appeared|appear|seen|showed up)|(?:drafts?|messages?|posts?|photos?|notes?|documents?|(?:user|customer|player) (?:data|files|progress|saves?)|saves?)\s+(?:were\s+|was\s+|are\s+|is\s+|get\s+|got\s+)?(?:wiped|lost)\b)|(?:^|[.;]\s+)\W*first (?:exposure|data loss|impact)\b|(?:^|[.;:]\s+)\W*first \W?[45]\d\ds?\b(?! (?:customers|users|orders|requests|messages|rows|records|items|of)\b)|\bfrom (?:here|now|th(?:is|at) (?:point|moment))(?: on)?,? nothing (?:reaches|arrives|gets through|is (?:processed|delivered|written|sent))\b|\b(?:every|all|each)\b(?: [\w.'’/`-]+){1,6}? now (?:fails?|errors?|times? out|[45]\d\ds|returns? (?:an? )?(?:[45]\d\d|errors?))\b|\bfrom (?:here|now|th(?:is|at) (?:point|moment))(?: on)?,? (?:every|all|each|no) (?:[\w-]+ ){0,6}?(?:fails?(?! over (?:to|from|onto|into)\b)|failed(?! over (?:to|from|onto|into)\b)|errors?|times? out|timed out|(?:is|are|was|were) rejected|bounces?|return(?:s|ed)? (?:an? )?(?:[45]\d\d|errors?))\b|^\W*(?:first|earliest) (?:failing|failed|broken|erroring|errored|crashing|bad) (?:[\w-]+ ){0,2}?(?:runs?|builds?|jobs?|requests?|calls?|deploys?|pages?|orders?|logins?|payments?|transactions?|messages?|queries|query|checks?|tests?|pipelines?|workflows?)\b|(?:^|[.;]\s+)(?:\[[^\]\n]{1,20}\]\s*)?\W*(?:the )?first (?:(?!(?:alert|alarm|page)s?\b)[\w`:-]+ ){0,2}(?:errors?|failures?|`?[\w.]*(?:Exception|Error)\b|fail(?:s|ed)(?! (?:[\w`-]+ ){0,2}(?:attempts?|renewals?|retr(?:y|ies)|tries)\b)|rejected|rejections?|declines|declined|timeouts?|5xxs?|5\d\ds|crash(?:es)?|oom-?kill(?:s|ed)?)\b|\b(?:start(?:s|ed)?|begins?|began) (?:here|from here|at this point)\b|\b(?:this|that)(?:['’]s| is| was) (?:where|when) (?:the |our )?(?:[\w-]+ ){0,3}?(?:starts?|started|begins?|began)\b|\b(?:bad|wrong|stale|corrupt(?:ed)?|duplicated?|incorrect) (?:data|numbers|scores|rows|records|results|values|prices|pricing|rates|balances|charges|totals) (?:starts?|started|begins?|began)\b|^\W*(?:every|all) (?:[\w-]+ ){0,6}?(?:fail(?:s|ed)?(?! to\b| over (?:to|from|onto|into)\b)|errored|timed out|times out|(?:is|are|was|were) (?:rejected|refused|dropped|lost))\b|(?:^|[.;]\s+)\W*(?:the )?first ['"`‘“][^'"`’”\n]{0,80}?(?:\b(?:errors?|timeouts?|timed out|fail\w*|refused|denied|exception|panic)\b|['"`’”] (?:errors?|exceptions?|failures?)\b)|\b[\w-]*(?:error|fail\w*|reject\w*|declin\w*|timeout|5xx)[\w-]* (?:ratio|rate)s?\b[^.;\n]{0,40}?\b0(?:\.0+)?\s*%\s*(?:->|→|to)\s*(?:[1-9]|0\.\d*[1-9])|^\W*(?:the )?first (?:unauthori[sz]ed|malicious|suspicious|attacker(?:['’]s)?|fraudulent) (?:use|access|login|log-?in|sign-?in|request|query|download|export)s?\b|\b(?:(?:does|did|do)\s+(?:\*\*|__)?not(?:\*\*|__)?|never|didn['’]t|doesn['’]t|don['’]t|fail(?:s|ed)? to) come back(?: up| online)?\b(?! (?:with|to|until|for)\b)|\bfirst missed (?:[\w-]+ )?(?:pass|passes|contacts?|deliver(?:y|ies)|payments?|heartbeats?|backups?|runs?|jobs?|shipments?|pickups?|trailers?|calls?|deadlines?|cutoffs?|SLAs?)\b|\bfirst (?:duplicated?|double(?:[- ]booked)?|wrong|incorrect|corrupt(?:ed)?|bad|failed|broken) (?:(?!(?:[\w-]+ )?(?:alert|alarm|page|notification|e-?mail|ticket|complaint|report|review|screenshot|message|call|tweet|post)s?\b)[\w-]+ )?(?!(?:alert|alarm|page|notification|e-?mail|ticket|complaint|report|review|screenshot|message|call|tweet|post)s?\b)[\w-]+ (?:happened|happens|occurred|occurs|created|appeared|appears|seen|written|sent|went out|goes out)\b|\bfirst (?:affected|impacted) (?:[\w-]+ ){0,2}(?:devices?|users?|customers?|hosts?|nodes?|requests?|orders?|payments?|accounts?|sites?|stores?|hubs?|clients?|players?|merchants?)\b|\b(?:cache )?(?:hit (?:rate|ratio)|CHR)s?(?: (?:on|in|for|at) [\w./-]+)? (?:drops?|dropped|fell|falls|plummet(?:s|ed)|(?:starts?|started|began|begins) (?:dropping|to drop|falling|to fall))\b|^\W*first (?:unauthori[sz]ed |malicious |suspicious |attacker )?(?:use|access|login|sign-in) (?:of|to|with) (?:the |a |an )?(?:[\w-]+ ){0,2}(?:token|key|credentials?|password|account|bucket|secret)s?\b(?=[^.;]{0,60}\b(?:outside|unknown|unauthori[sz]ed|attacker|malicious|not ours|foreign)\b)|\b(?:(?:number|count) of (?:[\w-]+ ){0,3}|(?:connected|online|active) (?:[\w-]+ ){0,2})[\w-]+s (?:starts?|started|begins?|began) (?:dropping|to drop|falling|to fall|declining|to decline)\b/i,
  },
  detected: {
    // The author naming the moment: "This is effectively our detection."
    // "<< this is when we actually found out", "The first we knew of it was at 00:40".
    explicit: /\b(?:this|that)(?:['’]s| is| was) (?:effectively |basically |really |in effect )?(?:our|the) (?:detection|moment of detection|first detection|time of detection)(?=\s*[.!;,)]|\s*$)|\b(?:this|that)(?:['’]s| is| was) (?:when|the moment|the point) (?:we|I) (?:actually |first |really )?(?:found out|knew|noticed|learn(?:ed|t) of it|heard (?:of|about) it)(?=\s*[.!;,)]|\s*$)|\bthe first (?:we|I) (?:knew|heard|learn(?:ed|t)) (?:of|about) (?:it|this|the (?:problem|issue|outage|incident))\b/i,
    // Also an alert as Alertmanager and the pagers print it ("[FIRING:1] HighErrorRate", "PagerDuty: triggered"), and
    // the users who report it ("Customers complaining in chat", "Players on Discord report ...", "a user in the
    // Discord #help channel asked whether the docs had moved", "a ward clerk telephoned the IT Service Desk").
    // A GitHub issue's own report: "@hvermeulen opens this issue", "@alice opened #812 reporting 504s".
    // A monitoring tool's line with its trigger: "Zabbix High: \"eduroam auth success rate < 85%\" -> SMS to on-call"; a
    // pager's with the alert's name: "PagerDuty: \"notif-fanout CrashLoopBackOff\" -> @kfitz".
    // A pager's message as a chat line: "SCADA pager: RES-PK03 COMMS FAIL".
    strong:
      /^\W*(?:(?!(?:the|a|an|our|my|no|their|his|her) )[\w-]+ )?pager: (?=\S)|\bopen(?:s|ed) this issue\b|\bopen(?:s|ed) (?:issue )?#\d+,? (?:reporting|about)\b|\b(?:the point|the moment|when) (?:I|we) (?:knew|reali[sz]ed) (?:something|it|this) was (?:wrong|broken|down|serious)\b|\b(?:received|receives|got|gets) (?:an? |the |its )?(?:first )?(?:automated |automatic )?(?:alarms?|alerts?)(?=\s*(?:[.,;:!)]|$)|\s(?:from|for|on|that|at|indicating|saying|about|when)\b)|^\W*alert\b|(?:^|[.;]\s+)\W*(?:(?!(?:no|not|without|never)\b)[\w-]+ ){0,3}alarms?(?: (?:on|for|from|in)\b|\s*:|\s+["“`]|\W*$)|(?<!\bno )pagers? (?:fired|fires|goes off|went off)\b|\b(?:pages|paged) (?!(?:start|started|load|loaded|fail|failed|break|broke|stop|stopped|go|went|return|returned|show|showed|are|were)\b)@?[a-zÀ-ÖØ-öø-ÿĀ-ž][\w.À-ÖØ-öø-ÿĀ-ž-]*(?=\s*(?:\([^()\n]{0,30}\))?\W*$)|\b(?:fires|fired|triggers|triggered),? (?:and )?pages\b|^\W*[\w.-]*_[\w.-]*\s*(?:[<>]=?\s*[\d.]+\s*%?\s*)?(?:\([^()\n]{0,30}\)\s*)?(?:fires|fired|triggers|triggered|pages|paged)\b|\b(?:raises?|raised) (?:an? |the )?(?:(?:major|critical|minor|high|P[1-4]) )?(?:alarm|"|“)|(?:^|[.;]\s+)\W*(?:Zabbix|Nagios|Icinga|Checkmk|PRTG|SCOM|Alertmanager|Grafana|Datadog|CloudWatch|Pingdom|UptimeRobot|StatusCake) (?:disaster|high|average|warning|critical|alert|alarm|problem)\s*:\s*["“](?!\s*(?:maintenance|deploy|monitor muted|muted|resolved|recovered|ok)\b)|(?:^|[.;]\s+)\W*(?:PagerDuty|Opsgenie|Alertmanager|Grafana|Datadog|CloudWatch|Pingdom|UptimeRobot|StatusCake|Sentry|New Relic)\s*:\s*["“`](?!\s*(?:maintenance|deploy|monitor muted|muted|resolved|recovered|ok)\b)|\[FIRING(?::\d+)?\]|\bFIRING\W*$|(?:^|:\s+)\W*FIRING(?::\d+)?\b(?!\s+(?:up|off|the|a|an|of|on|at|squad|range)\b)|\b(?:PagerDuty|PD|Opsgenie|Alertmanager|Grafana|Datadog|Sentry|incident\.io|FireHydrant|Rootly)\s*:\s*(?:[^\w\s]+\s*)?(?:incident\s+|alert\s+)?triggered\b|(?<!\b(?:PR|MR|pull request|merge request)\s|[\w#])#\d+ (?:was |is )?(?:opened|filed|raised|created)\b|\b(?:customers?|users?|players?|merchants?|partners?|clients?|shoppers?|members?|subscribers?|patients?|students?|callers?|residents?|citizens?)(?: (?!(?:are|were|was|is|not|never|no)\b)[\w#@-]+){0,5} (?:complaining|reporting|report|reports|reported|complain|complains|complained|saying|(?:asked|asks|asking) (?:us )?(?:whether|if|why))\b|\b(?:alerts?|(?<!\bstatus ?)page):\s|\b(?:PagerDuty|Opsgenie|Datadog|Grafana|Prometheus|Alertmanager|Sentry|CloudWatch|Nagios|Pingdom|New Relic|Splunk|Honeycomb) (?:alerts?|pages?|monitors?)\b|\b(?:PagerDuty|Opsgenie|Alertmanager|CloudWatch|Nagios|Pingdom)\b[^.;\n]{0,60}?\b(?:triggered|triggers|fired|fires|fire|went off|goes off)\b|`[^`\n]{0,80}(?:alert|high|low|error|fail|down|latency|slo|burn|5xx|lag|saturat|timeout|unavailable|rate)[^`\n]{0,80}`(?:\s*\([^()\n]{0,30}\))?\s+(?:[—–-]\s+)?(?:fired|fires|triggered|went off)\b|\b(alerts?`? (?:fired|fires?|triggered|triggers?|went off|goes off|go off)|(?<!\bno )alerts? (?:on|for) (?!(?:it|this|that)\b)(?:[\w./`-]+ ){1,5}?(?:fired|triggered|went off)\b|(?<!\bno (?:[\w-]+ )?)(?:alert|alarm)s? raised\b|(?<!\bno (?:[\w-]+ )?)pages? (?:sent|goes|went) (?:out )?to\b|alert(?:ed|ing) (?:on|for|that)|(?:posts?|posted|sends?|sent|raises?|raised) (?:an? |the )?alerts?|alerted|paged|pages @[\w.-]*\w|(?:pages|alerts) (?:the |an? )?(?:primary |secondary |backup )?(?:[A-Z][\w-]* ){0,2}(?:on-?call|engineer|responder|team|eoc|sre|incident commander)|(?:monitors?|alarms?|alerts?|checks?) pages|(?:checks?|monitors?|alarms?|probes?|dashboards?) (?:goes|go|went|turns?|turned) red|(?:detector|monitor|alarm|probe|canary|rule)s? (?:fired|fires|triggered|triggers|went off|goes off)|(?:detector|monitor|alarm|probe|canary|rule)s (?:fire|trigger|go off)|pager ?storm|first reported|(?:bug bounty|security|vulnerability|abuse) (?:report|disclosure) (?:was )?received\b|(?:incoming|initial) reports?|(?:the )?first (?:signal|sign|indication|hint)\b(?!-| of (?:recovery|improvement))|(?:is|was|are|were) (?:first |privately |publicly )?reported|detected|detects|noticed|notices|spotted|(?<=\b(?:operator|engineer|analyst|on-?call|she|he|they|we|I)\s)spots\b|raises? (?:an? |the )?(?:INC-?\d+|P[1-4] )?(?:incident|ticket)\b|opens? (?:an? )?(?:P[0-4]|SEV-?[0-4])\b(?! (?:review|post-?mortem|retro)\b)|\b(?:manager|supervisor|lead|agent|clerk|controller|dispatcher|officer|operator) to (?:the )?[\w'’&-]*\w(?: [\w'’&-]*\w){0,2}(?=\s*:\s*\S)|raises? INC-?\d+|auto-?created|(?<!\b(?:customer|maintenance|status|public|advance|prior|formal|a|the|an|our|short|change|outage)\s)notice(?!s?\s+(?:sent|posted|published|issued|went|goes|is|was|period|board)\b)|realized|realised|realizes|realises|monitoring (?:caught|flagged|showed|detected)|reported (?:by|to us|the|that)|first reports?(?! (?:is |was )?(?:authori[sz]ed|signed|issued|written|published|generated|printed|approved|verified|dictated))|first (?:support |customer |user )?(?:tickets?|complaints?)|first (?:customer|user|patron|client|member|caller|resident|student|parent|merchant|partner|patient)s?['’]? (?:e-?mails?|calls?|reports?|messages?|tickets?|complaints?)\b|(?:calls?|called|rings?|rang|phones?|phoned|telephones?|telephoned) (?:the|our) hotline\b|(?<!\b(?:we|I)\s)(?:calls?|called|rings?|rang|phones?|phoned|e-?mails?|e-?mailed) (?:our )?support\b(?! (?:engineers?|staff|agents?|team lead)\b)|first (?:calls?|e-?mails?|messages?|complaints?|reports?) (?:of|from) (?:a |an |the )?(?:customers?|users?|clients?|partners?|merchants?|patients?|practices?|hotels?|stores?|branch(?:es)?|offices?|sites?)\b|(?:receives?|received|gets|got|takes|took) (?:the |its |a |their )?first (?:calls?|tickets?|reports?|complaints?)\b|^\W*(?:finance|accounts|treasury|billing|payroll|ops|operations|support|service ?desk|help ?desk|customer (?:care|service|support)|QA|security|NOC|SOC|sales|marketing|compliance)(?: team)? spots\b|reports? (?:from|of|by) (?:a |an |the )?(?:security )?(?:customers?|users?|researchers?|partners?|contributors?)|(?:issue|ticket|bug(?: report)?) #?\d+ (?:was |is )?(?:opened|filed|raised|created)|(?:\b[A-Z][A-Z0-9]+-\d+|(?:support )?ticket|case) (?:was |is )?(?:opened|filed|raised|created|submitted) by (?:a |an |the |one )?(?:customers?|users?|clients?|partners?|merchants?)\b(?!\s+(?:support|success|service|care|experience|ops|team|engineering|research|relations))|opens? (?:an? )?(?:issue|bug(?: report)?) #?\d+|opens? #\d+:?\s+["“][^"”\n]{0,100}?(?:\b(?:broken|breaks|fails?|failing|failed|errors?|crash\w*|illegal|cannot|not working|down|expired|missing|wrong)\b|can['’]t|doesn['’]t|won['’]t|\?\?)|(?:reports?|e-?mails?) (?:(?:to|at) security@\S+ )?(?:arrives?|arrived|comes in|came in|lands|landed)\b|e-?mail (?:to|at) security@|first time (?:any of us |anyone |we )?(?:hears?|heard|learns?|learned|learnt) (?:about|of)\b|(?:customers?|users?) (?:reported|report|reports|complained|noticed|emails?|emailed|reached out)|reached out|(?:became|becomes|is|are|was|were) aware|(?<!\bwe )(?:emails?|emailed|phones?|phoned|telephones?|telephoned|calls?|called|rings?|rang|contacts?|contacted) (?:the )?(?:[\w'’-]+ ){0,3}?(?:service ?desk|help ?desk|(?:IT|ops|operations) desk|NOC|SOC|support (?:line|desk|hotline)|(?:24h|24\/7|24x7|24-?hours?|emergency|help) (?:line|hotline|number)|(?:on-?call|IT|support|service) hotline|(?:duty|on-?call) (?:phone|mobile|line)|shared (?:inbox|mailbox))|(?:received|receives|receive) (?:a |an |the )?(?:reports?|alerts?|complaints?|email|message|page)|(?:tells|told|informs|informed|notifies|notified) (?:the )?(?:[\w'’-]+ ){0,3}?(?:service ?desk|help ?desk|on-?call|NOC|SOC|team) that\b|(?:customers|users|residents|citizens|patients|callers|members|players|clients) (?:are|were) (?:calling|phoning|ringing|e-?mailing|writing|messaging)(?: in)? to (?:say|report|complain|ask)\b|(?<!\b(?:we|I)\s)(?:reports|reported) (?:it )?to (?:the )?(?:[\w'’-]+ ){0,2}?(?:team|service ?desk|help ?desk|on-?call|NOC|SOC)\b(?=[^.;\n]{0,20}\b(?:that|:)))\b/i,
    // Someone outside the response raising it in a team's channel ("Noor (Product Analytics) in #data-eng: \"chart is
    // empty ...\"", "Sofia posts in #finance-data: refund total is ..."); not the incident's own channel.
    weak: /\b(?:(?:reported|reports|(?<!\b(?:customers?|users?|clients?|stakeholders?|partners?|merchants?|everyone|management|leadership|execs?|board|parents|patrons|staff|principals)\s)(?:notified|informed)|\b(?:customers?|users?|clients?|partners?|merchants?|patrons|staff|parents)\s(?:notified|informed)\s+(?:us|our|the|IT|support|ops|engineering|on-?call|front)\b|\bwarnings?\s+from\b|escalated|escalates|alert|flagged|pings?|pinged|(?<!\b(?:security|browser|certificate|cert|ssl|tls|privacy|cookie|deprecation|compiler|lint|linter)\s)warning|observed|observe|(?<![(\[]\s*)sees?(?!\s+(?:above|below|also|(?:the )?(?:log|logs|graph|chart|figure|screenshot|appendix|attached|ticket|section|link)s?)\b)|saw(?!(?:\s+(?:it|this|that|them))?,?\s+(?:(?:only )?(?:after(?:wards)?|later)|in (?:the )?logs|in retrospect|retrospectively)\b))\b|(?:getting|got|receiving|received) (?:\w+ )?(?:tickets|reports|complaints|calls)\b|(?:posts?|posted|asks?|asked|messages?|messaged|writes?|wrote)\s+(?:in|to)\s+#(?!inc)[\w-]+|in\s+#(?!inc)[\w-]+\s*:\s*(?:["“]|$))/i,
  },
  acknowledged: {
    strong:
      /\b(?:I['’]m|I am|we['’]re|we are) on it(?=\s*(?:["”]|$|[.,;!]))|\bI acknowledge(?=\s*(?:$|[.,;!]|and\b))|^\W*(?:@[\w.-]+\w|[A-Z][\w'’-]+)\s+ack(?:s|ed|'d)?(?=\W*$)|(?:^|:\s+|["“]\s*|,\s+|[.!]\s+|^\W*<[^<>\s]{1,30}>\s+)(?:ack|looking(?: now| into it)?|on it)\b(?![-'’])(?=\s*["”]?\s*(?:$|[.,;!]))|(?:^|:\s+)ack(?:ed)? (?:by )?@[\w.-]+\w\W*$|\brepl(?:ies|ied) (?:on #\d+|to (?:the |their |a |an )?(?:report(?:er)?|researcher|issue|ticket|(?:security )?disclosure))\b|\b(?:says|said|posts?|posted|writes|wrote|replies|replied)(?: (?:in|on|to|from) (?:[#\w-]+ ){0,3}?[#\w-]+)?(?: that)? (?:she|he|they|I|we)(?:['’]s| is| are| was| were| am|['’]m|['’]re|(?: know| are aware| were aware)(?: of it)?,? and (?:are|were)) (?:looking|on it)\b|\bonline and on it\b|\b((?:acknowledged|acknowledges|acknowledging|acked|acking|acks|ack'd)(?! (?:(?:the |a |an |its |our |their )?(?:receipt|files?|submissions?|orders?|packets?|writes?|records?|batch(?:es)?|uploads?|transfers?|heartbeats?)\b|as (?:received|accepted)\b))|acknowledge(?= (?:the |an? )?(?:alert|alarm|page|incident|call|ticket)s?\b)|(?<=\b(?:ops|team|desk|bridge|on-?call|oncall|support)\s)acknowledge\b|(?<=\b(?:I|we|she|he|they) )ack\b|\back(?:s|ed|'d)? (?:it|the (?:page|alert|alarm|incident))\b|declared? (?:an |the )?incident|declares (?:an |the )?incident|incident (?:declared|opened|created|channel (?:created|opened))(?! (?:as )?(?:resolved|over|closed|mitigated))|(?:began|begins|begin|started|starts|start) (?:investigating|investigation|to investigate|looking into|looking for|troubleshooting|working on|(?:the |an? )?analysis)|(?:takes|took) over (?:the |this )?(?:ticket|incident|page|alert|call|case)|(?:investigations?|triage|incident response) (?:began|begins|started|starts)|initial response|(?<!\b(?:clos(?:e|es|ed|ing)|fechando|fechou|fecha|cerrando|cerr[óo]|left|leaves|leaving|ends?|ended|ending)\s+(?:the |a |our |o |la )?)war ?room|(?:respond|responds|responded) to (?:the )?(?:alarms?|alerts?|pages?)|(?:accepted|accepts) (?:the )?(?:incident|page|alert|ticket|call)|(?<!\b(?:scheduler|system|job|cron|daemon|service|process|script|pipeline|agent|worker|poller|watcher|loader|importer|ingest(?:er)?|bot|automation|tool)\s)(?:picks?|picked) (?:it|this|the (?:page|alert|incident|ticket|mail|e-?mail|report|issue|call)) up|(?:^|:\s+)(?:I|we)(?:['’]ll| will)? (?:look|take a look|am looking|['’]m looking) (?:at|into) (?:it|this)\b(?=\W*$)|(?:starts|started|opens|opened|creates|created|spins up|spun up) (?:an |the |a )?incident (?:channel|room|bridge)\b|(?:takes|took|(?<=\b(?:I|we) )take) (?:the |this )?(?:ticket|incident|page|alert|call)\b|(?:takes|took) ownership (?:of (?:the |this )?(?:problem|incident|issue|outage|ticket|page|alert)|as (?:the )?(?:incident lead|IC|incident commander))\b|(?<=\b(?:I|we|she|he|they|[A-Z][\w'-]+)\s)(?:takes|took) it(?=\s*(?:$|[.,;!]))|(?:picks?|picked) up (?:the |a |an )?(?:[\w-]+ )?(?:page|alert|alarm|incident|ticket|call)\b|(?:page|alert|incident|ticket) (?:was |is |gets |got )?picked up)\b/i,
    // A person joining ("Dana joins.", "SRE joined the call"), not a table joining another ("fct_refunds joins fx_rates").
    weak: /\b(responded|responds|(?:joined|joins)(?=\s*(?:$|[.,;:)!]|\s(?:the |a |an |our )?(?:call|bridge|channel|incident|war ?room|zoom|meet|meeting|huddle|investigation|effort|response|slack|#)))|engaged|investigating|reviewed|looking into|troubleshooting)\b/i,
  },
  triaged: {
    // Confirmed by us, not by a user who confirms the outage in a thread (that is a report).
    // Also the incident's level set ("Upgraded to P1", "escalated to SEV1", "severity raised to SEV-2"): an assessment.
    strong: /\b(triaged?|(?:SEV|S|P)[- ]?[0-5] (?:(?:major )?incident )?(?:declared|called)|(?:critical|major) incident (?:was |is )?declared|declared? (?:an? |the )?(?:critical|major) incident|invok(?:ed|es) the (?:MI|major incident) process|classif(?:ied|ies|y) (?:the (?:event|incident|issue|outage) |it )?as (?:an? )?(?:P[0-4]|SEV[- ]?[0-5]|(?:category|cat|priority|severity)[- ]?[0-5]|major|critical)\b|assign(?:s|ed)? (?:it |the (?:event|incident|issue|outage) )?(?:an? )?(?:P[0-4]|SEV[- ]?[0-5]|(?:severity|priority)[- ]?[0-5])\b|(?:declares?|declared|declaring|calling|calls) (?:this |it |a |an )?(?:SEV|P)[- ]?[0-5]\b|declared(?: as| at)?,?(?: [—–-])? (?:an? )?(?:SEV|P|severity)[- ]?[0-5]\b|(?:upgraded|escalated|raised|bumped|downgraded|lowered|reclassified|classified|upgrades|escalates|raises|bumps|downgrades|lowers)(?: it| the incident| the ticket)? (?:as|to) (?:an? )?(?:P[0-4]|SEV[- ]?[0-5]|severity[- ]?[0-5]|priority[- ]?[0-5])|(?:severity|priority) (?:was |is )?(?:set|raised|upgraded|lowered|downgraded|changed) to|(?<!\b(?:users?|customers?|someone|reporters?|posters?)\s)confirm(?:ed|s)|diagnosed|assessed|scoped|reproduced|replicat(?:ed|es|ing) the (?:failure|issue|bug|problem|error)|(?:problems?|issues?|failures?|errors?) (?:was |were |is |are )?isolated to)\b/i,
  },
  identified: {
    // The cause named as such outranks "identified" alone, which may be said of the problem ("API identified as down"),
    // or be a status page's word, posted after the fact ("Rollback propagated. Status page: Identified.").
    explicit: /\b((?:root )?cause (?:of (?:the )?[\w-]+(?: [\w-]+)? )?(?:was |is |has been )?(?:found|identified|determined|pinpointed|confirmed|understood)|(?:found|finds|identified|identifies|determined|determines|pinpointed|pinpoints|confirmed|confirms) the (?:root )?cause(?! (?:is|was) not\b| isn['’]t| wasn['’]t)|(?:found|determined|confirmed|identified|shown|proven) to be the (?:root )?cause|(?:root )?cause (?:was |is )?established)\b/i,
    // Also the author's aha ("That's it —", "that's our cause", "Omar: found it.") and a cause said to explain the
    // failure. (An entry labelled "Root cause: ..." is read apart: CAUSE_LABEL.)
    strong:
      /^\W*found it\b|\b(?!(?:a|the|one|someone|customers?|users?|support|never|not|nobody|still|yet)\b)[a-z]{2,} (?:found|finds) it(?=\s*(?:[.!;:—–]|$))|\bfigured out (?:it['’]?s|that|what|why)\b|\b(?:we|I|they|she|he|(?:the )?(?:[\w-]+ )?team|engineers?) (?:find|finds|found|discover(?:s|ed)?|work(?:s|ed)? out) that\b|\blinks? (?:it|this|them|the [\w-]+(?: [\w-]+)?) to (?:the |a |an |PR |commit |change )?[\w#.-]*\d|\blinks? (?:it|this|them|the [\w-]+(?: [\w-]+)?) to the [\w-]+ (?:change|deploy|release|build|upgrade|push|update)\b|(?:^|[:.;]\s+)(?:ok|oh|so)[,:]?\s+it['’]?s the\b|(?:^|[:—–.;!]\s*)(?:found it|that['’]?s it)\b|\b(?:that|this)(?:['’]?s| is| was) (?:our|the) (?:real |actual |true )?(?:root[ -])?cause\b|(?:^|[:—–.;!\"“]\s*)that['’]?s (?:my|our|the|your) (?:[\w-]+ )?(?:change|migration|commit|PR|bug|leak|culprit)(?=\s*(?:[.!,;:—–\"”]|$))|(?:^|[.;:]\s+)\W*root cause\W*$|\b(?:root )?cause (?:is |was )?(?:clear|known)\b(?! yet)|\bexplain(?:s|ed) (?:everything|it all|the (?:outage|failures?|errors?|issue|problem|incident|timeouts?|crash(?:es)?))\b|\b((?<!\bstatus ?page\b[^.;]{0,25}|\b(?:accounts?|users?|customers?|hosts?|records?|files?|keys?|tokens?|items?|ones|those|systems?|machines?|packages?|repos|repositories|tenants?|IPs?|addresses)\s+(?:that\s+|which\s+)?(?:we|they|I)\s+(?:had\s+|have\s+)?|\b(?:everyone|everybody|all|customers?|users?|accounts?|people|members|clients|patients|those|policyholders)(?: [\w-]+){0,2}\s+(?:had |have |has )?(?:been |were |was |are |is ))identified(?!\s+(?:post(?:ed)?|update|status|message|notice)\b)|identifies|identify|root cause (?:found|identified|determined|detected)|determines? the (?:root )?cause|found (?:the )?(?!same\b)(?:[\w-]+ )?(?:root )?(?:cause|culprit|issue|bug|problem|reason)|(?:finds|found) the (?:bad |offending |breaking |guilty )?(?:change|commit|PR|deploy)\b|cause (?:was |is )?(?:found|determined|identified)|pinpointed|pin(?:ned)? (?:it |this |things |the \w+ )?down|(?:investigation|analysis|debugging) (?:revealed|reveals|showed|shows)|cause (?:\w+ ){0,3}(?:was|were|is|are) (?:diagnosed|found|determined|identified)|(?:gets|got) a handle on the (?:immediate |root )?cause|trac(?:ed|es) (?:it |this |the (?:\w+ ){1,2})?to|determined that|discovered that|established that|(?<!\b(?:customers?|users?|taxpayers?|players?|members|clients|patients|visitors|shoppers|buyers|merchants|subscribers|callers|viewers|students|candidates|drivers|riders|passengers|citizens|residents|applicants|people)\b[^.;,:]{0,60})(?:finds|found) that|(?:made|makes) the (?:root )?cause (?:clear|obvious|plain)|(?:root )?cause (?:became|becomes) (?:clear|obvious|apparent)|(?:understood|understand|understands|knew|know) (?:the (?:real |actual |underlying |true )?(?:root )?cause|what (?:had )?happened|what was (?:going on|happening|wrong))|(?<!\b(?:not|never|n't|nobody|no one)\s)(?:understood|figured out|worked out) (?:it|why|what went wrong)(?=\s*[.;:!]))\b/i,
  },
  mitigated: {
    // The author declaring it: "incident mitigated", "we confirmed full mitigation", "As a mitigation, traffic was moved ...".
    explicit: /^\W*(?:as (?:a |an |the )?(?:(?:temporary|first|immediate|initial|short-term) )?mitigation|to mitigate(?: (?:this|it|the impact|impact))?),\s+(?!we (?:will|plan|could|should|might|propose)\b)(?=[^.;\n]*\b(?:(?:was|were|has been|have been|got) (?!(?:attempted|tried|considered|discussed|proposed|evaluated|planned|suggested|requested)\b)[a-z]+ed|we (?!(?:tried|considered|discussed|attempted|evaluated|proposed|planned|suggested|thought|wanted|hoped)\b)[a-z]+ed)\b)(?![^.;\n]*\b(?:did not|didn['’]t|failed|no effect|not help|without effect)\b)|(?<=(?:^|[.;!]\s+)[*_]*)Mitigated(?=[*_]*\s*(?:[.;:!—–]|$)|\s+(?:for|by|via|through|with)\s)(?![^.;\n]*\bonly\b)|\b((?:outage|incident|issue|impact|wave) (?:was |is |has been |now )?mitigated|call(?:s|ed|ing)? (?:it|this|the (?:incident|outage|issue)) mitigated|(?:confirm(?:ed|s)?|achieved|reached) (?:full |complete )?mitigation|(?:full|complete) mitigation (?:achieved|confirmed|reached|in place)|mitigation (?:was |is |has been )?(?:confirmed|achieved))\b/i,
    strong:
      // "Back-out complete", "CHG-44817 backed out": a change taken out again, as change management says a rollback.
      // "Hotfix: retry max_attempts set back to 1": a fix applied, labelled so; a setting set back to its old value.
      /^\W*hot-?fix\s*:\s*(?!(?:planned|proposed|pending|scheduled|tbd|to be)\b)(?![^.;\n]*\b(?:opened|waiting|in review|under review|pending|planned|proposed|scheduled|drafted|being (?:written|prepared|built)|failed|fails|re-?running|blocked|on hold|reverted|rolled back)\b)(?=\S)|\b(?<!\b(?:cutover|migration|release|deploy\w*|launch|window|schedule|maintenance|go-live|change)\s)set back to (?:(?!\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]\.?m\b)\d|the (?:old|previous|original|default)|its (?:old|previous|original|default))|\bback-?out (?:is |was )?(?:complete|completed|done|finished|successful)\b|\bbacked out (?:the |our |that |this )?(?:change|deploy\w*|release|update|upgrade|patch|config\w*|firmware|[A-Z]+-?\d+)\b|\b(?:change|deploy\w*|release|update|upgrade|patch|firmware|[A-Z]+-?\d+) (?:was |is |got |has been )?backed out\b|\b(?:put|puts|putting|changed?|changes|set|sets|setting) (?:the |that |this )?(?:old |previous |original )?(?:setting|config(?:uration)?|value|flag|rule|record|parameter|version)s? back\b|\b(?:(?:force-)?mov(?:es|ed|ing)|re-?point(?:s|ed)?|point(?:s|ed)|reset(?:s|ting)?) (?:the )?`?[\w./@-]+`? (?:dist-?tag |tag )?back to `?v?\d+(?:\.\d+)+|^\W*(?:the |a )?(?:rollback|roll-?back|revert|restart|reboot|failover|fail-?over)s? of\b(?![^.;]*\b(?:starts?|started|begins?|began|initiated|in progress|pending|underway|planned|proposed|requested|fail(?:s|ed)?|aborted|abandoned|decided|approved)\b)|\b(mitigated|mitigates|mitigation (?:applied|deployed|in place|complete)|rolled back|rolls back|(?<=\b(?:we|they|I|you) )roll (?:[\w.-]+ ){0,3}back\b(?! up)|roll(?:ed|s) (?:the |it |them |our )?(?:[\w-]+ ){0,2}back\b(?! up)|revert(?:s|ed|ing)? to (?:the )?(?:previous|prior|last|old)|(?:deploy|appl(?:y|ie))(?:s|ed|d)? (?:a |the |our )?revert|revert(?: (?:PR|MR|pull request|commit|change))?(?: #?[\w.-]*\d[\w.-]*)? (?:was |is )?(?:deployed|applied|merged|released|rolled out|completed?)|rollback (?:(?!not\b|never\b|isn't|wasn't)\S+ ){0,4}?(?:complete|completes|completed|deployed|finished|finishes|done|propagated)|rollback (?:is |was )?(?:confirmed|verified)\b(?! (?:in|on) (?:staging|test|dev)\b| as\b| for\b| with\b| by\b)|reverted|reverts|failed over|fails over|(?:replica|standby|secondary|follower|[\w-]*\d[\w-]*) (?:was |is |gets |got )?promoted\b|promoted (?:the )?(?:replica|standby|secondary|follower|[\w-]*\d[\w-]*)|(?:traffic|requests|load|users|queries)(?: [\w-]+){0,2} (?:was |were |is |are )?(?:drained|drains|shifted|shifts|moved|moves|routed|re-?routed|redirected|steered|switched)(?: from (?:(?!\.\s)[^;\n]){1,40}?)? (?:to|away|off|out)\b|(?:removed|pulled|taken|removes|pulls|takes|took|drained|drains) (?:[\w.-]+ )?(?:out of|from) (?:the )?(?:(?:[\w-]+ )?(?:load-?balanc\w*|LB|DLB|serving|backend|upstream|target) )?(?:load ?balancer|LB|pool|rotation|VIP)\b(?: pool)?|drain(?:ed|s) (?:(?:all )?traffic|the (?:region|zone|cluster|pool|az|node|nodes))|failover (?:(?!not\b|never\b|isn't|wasn't)\S+ ){0,5}?(?:(?:has|had|was|is) (?:been )?)?(?:complete|completes|completed|finished|finishes|done)\b|(?:scaled|scaling) (?:up|out|down)|scale[- ]?(?:out|up) (?:(?:is|was) )?(?:complete|completed|done|finished)|re-?route (?:(?:is|was) )?(?:complete|completed|done|finished|in place)(?! will\b)|disables|(?<!\b(?:the|a|an|its|their|our|already)\s)revoked|rotated|deactivated|(?:threat|attack|breach|incident|compromise|exposure|leak|intrusion|attacker) (?:was |is |has been |now )?(?:fully )?contained|containment (?:complete|completed|achieved|in place)|(?:tokens?|keys?|credentials?|secrets?|passwords?|accounts?)(?: \w+){0,4} (?:destroyed|revoked|rotated|disabled|deleted|invalidated)(?! by\b)|(?<!\b(?:the|a|an|its|their|our)\s)re-?enabled|re-?enables|reactivated|(?:feature )?flag\b(?:\s+(?!default)[`\w.'"-]+){0,2}\s+(?:(?:was|is|got)\s+)?(?:(?:switched|turned|flipped|toggled|set)\s+(?:to\s+)?(?:false|off)|off)\b|(?:switched|turned|flipped|toggled)\s+(?:the\s+)?(?:[`\w.'"-]+\s+){0,3}off\b|\w*(?:enabled|enable)`?\s*(?:=|to)\s*`?false\b|status\b[^.;\n]{0,20}?\b(?:changed|set|moved|updated) to\W{0,2}monitoring\b|switch(?:ed|es)? (?:[\w-]+ ){0,5}?(?:over )?to (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:backup|secondary|standby|fallback|spare|warm|healthy|second|replica)\b|(?:moved|pushed|force-pushed|reset|pointed|re-?pointed|pinned|re-?tagged|swapped|switched|flipped) (?:[\w`.-]+ )?back to `?(?:v|version |release |the )?(?:\d|previous|prior|last|old|known[- ]good|[\w.-]*\d)|(?<!\b(?:the|a|an|its|our|their|this|that)\s)(?:renewed|re-?issued|reinstated|re-?uploaded|recreated|re-?created|rebooted|power[- ]cycled)\b(?!\s+(?:[\w-]+\s+){0,2}(?:located|found|identified|spotted)\b)|restor(?:ed|es|e)\b[^.;\n]{0,50}?\bfrom (?:the |a |an )?(?:[\w:./-]+ ){0,2}(?:backups?|snapshots?)\b|^\W*(?:we\s+)?restored (?:the |a |an )?(?:previous|prior|old|last|original|earlier)\b|(?:increased|raised|bumped|bump|increase) (?:the |our )?(?:\w+ ){0,3}(?:limits?|quotas?|capacity|guarantees)|(?:limits?|quotas?|capacity|max(?:imum)?|replicas|pool size) (?:was |were |is |are )?(?:increased|raised|bumped|doubled)|workaround (?:applied|deployed|in place|was (?:built|deployed|applied))|(?:stopped|stops|stop) the bleeding|bleeding (?:stops|stopped)|(?:maintenance|hold|read-?only|degraded|safe|fallback|bypass|static|queue) mode (?:was |is |now )?(?:enabled|on|activated|switched on|turned on)|restarted(?! (?:in a loop|repeatedly|continuously|over and over)|\s+[\w-]+s\s+(?:have|has|had|are|were|read|show|showed|still|came|come)\b)|downgraded?|(?<!\b(?:found|still|left|already|remains?|remained|stays?|stayed|kept)\s)(?<!\b(?:checks?|checked|finds?|found|notices?|noticed|sees?|saw|discover(?:s|ed)?|realis(?:es|ed)|realiz(?:es|ed)|confirms?|confirmed)\b[^.;\n]{0,60}\b(?:is|are)\s)disabled(?! by\b)|unpublished|yanked|shut ?down|(?:hot)?fix (?:was )?(?:deployed|applied|released)|(?:revert|rollback|fix|hotfix|patch|workaround) (?:is |was |went |now )?live|rollback (?:is |at |reached )?100(?= ?%)|(?:old|previous|prior|last known[- ]good) [\w-]+(?: [\w-]+)? (?:restored|reinstated|back in place)|(?:caches?|CDN)(?: [\w./*`-]+){0,4} (?:was |were |is |got )?(?:purged|flushed|invalidated)|(?:purged|purges|flushed|flushes|invalidated|invalidates) (?:the )?(?:[\w./*`-]+ ){0,3}(?:caches?|CDN)|repaired)\b/i,
    // A change that went out ("Manual configuration changes deployed", "A fix has been implemented"; not "a fix is
    // being implemented"), or service coming back in part ("site begins to recover", "partially restored", "no
    // longer bottlenecked"); "mitigation started", the mitigating step under way.
    weak: /\bmitigation (?:has )?(?:started|began|begun|under ?way)\b|\b((?:fix|hotfix|patch|changes?|configuration|workaround|(?:new |replacement |renewed )cert(?:ificate)?s?)(?:\s+(?!(?:being|be|not|yet|never|but)\b)\w+){0,6}\s+(?:deployed|applied|released|rolled out|verified|completed|implemented)|(?<!\b(?:not|never|nobody|no one)\s)(?:applied|applies|deployed|deploys|put in place|puts in place) (?:an? |the |our )?(?:emergency |temporary |manual |quick |interim )?(?:[\w-]+ )?(?:workaround|mitigation|rate[- ]?limit|limit)\b(?! (?:failed|fails|did(?:n['’]t| not)))|[\w-]+ (?:errors|failures|timeouts|5xxs) (?:drop|drops|dropped|fall|falls|fell|subside|subsides|subsided)\b|(?<!-)(?:killed|terminated|paused|suspended|cancell?ed|aborted) (?:the |its |their |all |every )?(?:[\w-]+ ){0,2}(?:jobs?|quer(?:y|ies)|batch(?:es)?|exports?|cron ?(?:jobs?)?|migrations?|backfills?|scripts?|sessions?)|(?:jobs?|quer(?:y|ies)|batch(?:es)?|exports?|cron ?(?:jobs?)?|migrations?|backfills?|scripts?) (?:was |were |is |are |got )?(?:killed|terminated|paused|suspended|cancell?ed|aborted)|(?:paused|pauses|halted|halts|suspended|suspends|froze|freezes)\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}?(?:automation|autoscal\w*|optimi[sz]ers?|ingestion|sends|notifications|emails|rollouts?|rebalanc\w*|deploy(?:s|ments?)?|releases?|syncs?|replication|drops?|campaigns?|pipelines?|consumers?|workers?|migrations?|schedul\w*)\b|(?:rollouts?|rebalancer|deploy(?:s|ments?)|releases?|syncs?|replication|drops?|campaigns?|pipelines?|migrations?|waves?)(?:\s+[\w.-]+){0,2}\s+(?:was\s+|were\s+|is\s+|got\s+)?(?:paused|halted|suspended|frozen)\b|(?:campaigns?|rollouts?|sends?|blasts?|mailings?)(?:\s+[\w.-]+){0,2}\s+(?:was\s+|were\s+|is\s+|got\s+)?(?:stopped|cancell?ed|killed|aborted)\b|(?:begins?|began|starts?|started) to recover|recovering|(?:error|failure|5xx|timeout)(?: [\w-]+)? rates? (?:drops?|dropped|fell|falls) (?:to|below) ~?(?:0|zero)\b|(?:partially|partly) (?:restored|recovered|back)|(?:timeouts|errors|error rates?|failures|5xxs?|latency) (?:go|goes|went|are going|is going) down\b|(?:publishers|producers|consumers|writes|workers|jobs|queues?|senders|clients) (?:are|is|were|was|get|got|now) unblocked\b|no longer (?:\w+ )?(?:failing|erroring|bottlenecked|down|degraded|crashing|timing out|throttled|affected|impacted|seeing (?:any )?(?:errors|failures|issues|timeouts)))\b/i,
  },
  resolved: {
    // The author's own words for the end of impact ("impact ends", "end of the outage", a closing label "End impact.").
    explicit: /\b(?:(?:outage|incident|impact|downtime|disruption|degradation|unavailability|service interruption|exposure|data loss|loss of service|service loss) (?:to have )?(?:ends|ended|is over|was over|over|(?:(?:is|was) )?(?:considered|deemed|declared) (?:over|ended))|impact end(?=\.?\))|end of (?:the )?(?:service |customer |user )?(?:outage|impact|disruption)|(?<=^\W*|[.;!]\s{1,3})end of (?:the )?(?:event|incident)(?=\s*[.!]?\s*$)|(?<=^\W*|[.;!]\s{1,3}(?:\*\*|__)?)end (?:customer |user )?(?:impact|outage|downtime)(?=\s*(?:\*\*|[.!)\]]|$)))\b/i,
    // "Downtime formally stood down", "the duty manager stands down the major incident": the British declaration.
    strong: /\b(resolved|resolving the (?:outage|incident|issue|problem) (?:completely|fully)|all[- ]clear(?!-?ish)|fully (?:restored|recovered|operational|functional)|(?:incident|outage|downtime|major incident|event)\s+(?:(?:was|is|has been|formally|officially|then)\s+)*stood down(?!\s+to\b)|st(?:ood|ands?) down (?:the )?(?:major )?(?:incident|outage|downtime|event)(?!\s+(?:bridge|call|channel|commander|room|team|manager)\b))\b/i,
    weak: /\ball (?:good|working)(?: now| again| here| on (?:our|my) (?:end|side))?(?=\W*$)|(?:^|(?<!\b(?:staging|test|testing|qa|canary|dev|local|sandbox|uat)):\s+)\W*(?:it['’]?s\s+)?(?:working|works)(?:\s+(?:again|now))?(?=\s*(?:!+|\.)?\s*(?:$|(?:thank|thanks|ty|cheers)\b))|\ball (?:\d[\d,]* )?(?!(?:[\w-]+ ){0,2}(?:customers?|users?|people|clients?|callers?|members?|players?|staff|leads?|engineers?|agents?|operators?|managers?|teams?)\b)(?:[\w-]+ ){1,2}reporting(?= again\b|\s*(?:$|[.;,!)]))(?![^\n]*\b(?:still|climb\w*|rising|drop\w*|fail\w*)\b)|\ball (?:\d[\d,]* )?(?:[\w-]+ ){1,2}(?:available|operational|healthy|normal)(?= again\b|\s*(?:$|[.;,!)]))|\ball (?!(?:[\w-]+ ){0,2}(?:errors?|failures?|alerts?|alarms?|issues?|problems?|symptoms?|timeouts?|crash\w*|5xx\w*|pages?)\b)(?:[\w-]+ ){1,3}(?:are |were |now )?(?<!\b(?:roll(?:s|ed|ing)?|switch(?:es|ed)?|mov(?:es|ed)|went|go(?:es)?|revert(?:s|ed)?|scal(?:es|ed)|set|pinned|brought|fail(?:s|ed)?|fell|falls?|falling|cut|pushed|pointed|dialed|dialled|turned)\s)back(?=\s*(?:$|[.;,!)]|(?:up|online|in service|and)\b))|\b(?:switched|switches|turned|turns|brought|brings) (?:the |our )?(?:[\w-]+ ){0,2}back on(?:line)?\b|\b(restored|recovered|recovers|(?<!\b(?:errors?|failures?|alerts?|alarms?|issues?|problems?|symptoms?|timeouts?|5xxs?|crash(?:es|loops?)?)\s+)(?:is|are|was|were|came|comes) back(?: up| online| in sync)?(?!\s+(?:null|nil|none|empty|blank|wrong|incorrect|stale|corrupt(?:ed)?|false|undefined|negative|positive|with\b|as\b|from\b|[45]\d\d\b|to (?:bite|haunt)\b|to\s+(?:(?:roughly|about|around|approximately|nearly|almost|only)\s+|[~≈]\s*)?(?:[1-8]?\d|9[0-4])(?:[.,]\d+)?\s*%\s+of\b))|(?<!\b(?:scaled?|scales|brought|bring|brings|spun|spin|spins|turned|turns|powered|powers|started|starts|booted|boots)\s+(?:[\w.-]+\s+){0,3})back (?:up|online|in sync|in service)|back for (?:all|every(?:one|body))\b|back (?:to|at) (?:(?:its |their )?normal|baseline)|reach(?:ed|es) (?:the |its )?(?:baseline|normal levels?|pre-incident levels?)|return(?:s|ed)? to normal|(?:return(?:s|ed)?|back) to (?:full )?(?:automatic|auto)(?: control| operation| mode)?\b|(?<!\b(?:creation|volumes?|sales|orders|logins|sign-?ups|checkouts|payments|deliveries|bookings|matches|transactions|conversions|throughput|traffic|requests)(?: (?:rates?|counts?|volumes?))?\s)(?:drop|drops|dropped|fell|falls?|returns?|returned) (?:back )?to (?:zero|normal|baseline)|(?:operating|working|running|functioning) normally|(?:service|system|platform|site|app|application|everything|cluster|chain|network) (?:is|was|are|were) (?:now |again |fully )?stable\b|(?:monitoring|dashboards?|metrics|graphs) (?:is|are|was|were|looks?) (?:back to |all |again )?(?:normal|green)\b|(?:operational|functional|available|working|worked|works|work|running|green|connected|connecting|reporting|syncing|responding|answering|reachable|accessible|healthy|serving|online|created|processing|succeed|succeeds|succeeding|succeeded|loading|flowing|flowing through|arriving|coming in|coming through|getting through|going through|delivering|sending) (?:normally |properly |correctly |fine )?again|(?:resolving|resolves|serving|served|loading|loads|answering) (?:[\w./-]+ ){1,4}again\b|(?:pages?|dashboards?|sites?|apps?|reports?|charts?) (?:loads?|works?|renders?) again\b|(?:served|serving|works|working|loads|loading|resolves|resolving) (?:correctly|properly|normally|fine) (?:everywhere|for (?:everyone|everybody|all))|(?:confirms?|confirmed) (?:the )?recovery|recovery (?:is |was )?(?:confirmed|complete|completed)|fully operational|all systems (?:\w+ )?operational|normal operations?|normal service from (?:this|that|here) (?:point|on)\b|at baseline|back (?:under|below)(?= \S*\d)|(?:success|availability|uptime|approval|delivery|completion|acceptance)(?: rates?)?\b[^.;\n]{0,40}?\bback (?:above|over)(?= \S*\d)|(?<!\b(?:roll(?:s|ed|ing)?|switch(?:es|ed)?|mov(?:es|ed|e)|went|go(?:es)?|revert(?:s|ed)?|scal(?:es|ed|e)|set|pinned|downgraded|brought|fail(?:s|ed)?|fell|falls?|falling|cut|clocks?)\s)back to(?= [~≈]?\d)(?! (?:(?:roughly|about|around|approximately|nearly|almost|only)\s+|[~≈]\s*)?(?:[1-8]?\d|9[0-4])(?:[.,]\d+)?\s*%\s+of\b)|(?:writes|reads|requests|traffic|processing|deliveries|payments|orders|logins|uploads|builds|jobs|queues|consumers) resume\b|(?:bouncing|erroring|crashing|flapping|rejecting|declining) (?:has |had )?(?:stopped|ceased)\b|(?:can|could|(?:is|are|was|were) able to) (?:log|sign) ?(?:back ?in|in again)\b|(?:^|[.;:!]\s+)\W*(?:all\s+)?(?:users|customers|clients|members|players|teachers|students|patrons|shoppers|merchants|tenants|subscribers|callers|passengers|guests|drivers|riders|patients|schools|stores|branches|clinics)\s+(?:can|could|(?:are|were) able to) (?:now )?(?:save|submit|print|load|access|connect|check ?out|pay|order|book|upload|download|send|post|publish|reach|use|view|open|stream|play|call|browse|search|log ?in|sign ?in|take|enter|file) (?:[\w-]+ ){0,3}?again\b(?![^.;\n]*(?:\?|\b(?:still|briefly|then|only|rest|through|via|workaround|while|until|but|except)\b))|(?:^|[.;!]\s+)\W*(?:[\w-]*\d[\w-]*|site|website|app|portal|api|sis|service|system|platform)\s+back(?:\s+(?:up|online))?(?=\s*(?:[.!]|$))(?![^\n]*\b(?:still|lagging|again|but)\b)|\b(?:told|telling|tell) (?:[\w-]+ ){0,2}we['’]re back\b|\bwe['’]re (?:back (?:up|online)|fully back)\b(?![^.;\n]*\bbut\b)|(?:confirmed|verified) working (?:again\b|everywhere\b|(?:at|across|for|on|in) all\b)|(?<!\b(?:still|both|too)\s(?:[\w-]+\s){0,3})(?:is|are) (?:now |again )?accepting (?:writes|requests|connections|traffic|orders|payments|logins|uploads|jobs)\b(?![^.;\n]*\b(?:but|too|while|split|however|offline|whole time|all along|throughout|still|only)\b)|(?:errors|5xxs?|5\d\ds|timeouts|failures|crashes|declines|rejections|bounces|lockouts|evictions|(?:[A-Z]{1,4} ?)?\d{2,3} responses|(?:new |user |customer |crash )?reports|complaints|(?:stale|bad|wrong|incorrect|failed|failing|duplicate|double) [\w-]+) (?:stop|stops|stopped|ceased?|subsided?)\b|(?:approval|success|error|failure|decline|authori[sz]ation) rates? (?:is |are |now |back )?normal\b|(?:correctly|normally|properly) (?:from (?:this|that) (?:point|moment)(?: on)?|from (?:here|now) on)\b|(?:balances|ledgers?|records|accounts|index|indexes|indices|reports|replicas?) (?:are |is |now |back |fully )*(?:up[- ]to[- ]date|current again|in sync|consistent again|correct again)\b|(?:working|succeed(?:s|ing|ed)?|loading|available) for (?:everyone|everybody|all (?:users|customers))|(?:deliveries|logins|payments|checkouts?|uploads|builds|writes|webhooks) succeed(?:s|ing)?\b|(?:error rates?|5xx(?: rates?)?|failure rates?) (?:is |are |was |were |stays? |stayed |holds? |held |falls? |fell |drops? |dropped )?(?:below|under)(?= \S*\d)|resum(?:ed|es)(?!\s+(?:it|them|the|our|its|their|work)\b)|stabili[sz](?:ed|es))\b/i,
  },
};

/** A word of any alphabet standing alone: JavaScript's \b knows only ASCII letters ("início", "Störung"). */
const word = (alternatives: string) => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternatives})(?![\p{L}\p{N}])`, 'iu');

/**
 * The same milestones in Portuguese, Spanish, German, French, Italian and Dutch, as teams there write their timelines:
 * "Início do impacto", "Fim do impacto", "Causa identificada", "Ursache geklärt", "Störung behoben", "Mitigado",
 * "Oorzaak gevonden", "dienst hersteld".
 */
const TRANSLATED: Partial<Record<Milestone, { explicit?: RegExp; strong?: RegExp }>> = {
  started: {
    explicit: word(
      String.raw`in[ií]cio d[oa]s? (?:impacto|indisponibilidade|incidente|falhas?|problemas?|erros|degrada[çc][ãa]o)|inicio del? (?:impacto|incidente|problema|fallo|falla|la (?:ca[íi]da|indisponibilidad|degradaci[óo]n))|(?:beginn|start) der (?:störung|auswirkungen?|beeinträchtigung)|beginn (?:des |der )?(?:kunden|nutzer)?(?:impacts?|auswirkungen?|ausfalls?)(?![\p{L}-])|start (?:des|der) (?:kunden|nutzer)?(?:impacts?|auswirkungen?|ausfalls?)(?![\p{L}-])|(?:störungs|ausfall|impact|kundenimpact)-?beginn|d[ée]but (?:de l['’](?:incident|impact|indisponibilit[ée])|de la (?:panne|perturbation|d[ée]gradation)|des (?:lenteurs|erreurs|[ée]checs|perturbations|timeouts))|inizio (?:dell['’](?:incidente|impatto|interruzione)|del (?:disservizio|guasto))|(?:begin|start) van (?:de |het )?(?:storing|verstoring|impact|uitval)|(?:begin|start) de (?:storing|verstoring|uitval)`,
    ),
    strong: word(String.raw`premi(?:ers|[èe]res) (?:rejets|erreurs|[ée]checs|timeouts|plaintes|appels)|primeir[oa]s (?:erros|falhas|rejei[çc][õo]es|timeouts|reclama[çc][õo]es)|primer[oa]s (?:errores|fallos|rechazos|timeouts|reclamos|quejas)`),
  },
  detected: { strong: word(String.raw`^\W*(?:alerta|alarm|alerte|allarme)|alerta (?:[\p{L}\p{N}_\x60.-]+ ){0,3}dispar(?:a|ou|ó)|dispar(?:a|ou|ó) (?:o |um |uma |el |la )?(?:alerta|alarme|alarma)|alarm (?:ausgelöst|schlägt an)|alerte d[ée]clench[ée]e|allarme scattato|(?:se )?detect(?:ad[oa]|a)|eerste (?:meldingen|melding|storingsmelding)`) },
  acknowledged: { strong: word(String.raw`reconhec(?:e|eu|ido|ida)|confirm(?:a|ou) (?:o )?recebimento|assumiu (?:o |a )?(?:incidente|alerta|chamado|ocorr[êe]ncia)|assume (?:o |a )(?:incidente|alerta|chamado|ocorr[êe]ncia)|reconoc(?:e|i[óo]|id[oa])|quittiert|acquitt[ée]e?|pres[oa] in carico|accus[ée]e? r[ée]ception|pris en charge|prise en charge|in behandeling genomen|opgepakt door`) },
  identified: {
    explicit: word(
      String.raw`causa(?: ra[íi]z| raiz| radice)? (?:identificad[oa]|encontrad[oa]|confirmad[oa]|determinad[oa]|individuat[oa]|identificat[oa]|trovat[oa])|identificad[oa] (?:a|la) causa|ursache (?:(?:ist|wurde) )?(?:gefunden|geklärt|identifiziert|erkannt|festgestellt|bestätigt|klar|eingegrenzt)|cause (?:racine )?(?:est |a été )?(?:identifi[ée]e|trouv[ée]e|confirm[ée]e)|(?:grond)?oorzaak (?:is )?(?:gevonden|bekend|ge[iï]dentificeerd|vastgesteld|achterhaald)`,
    ),
    strong: word(String.raw`identifi(?:e|ent) (?:que|la cause|l['’]origine)|(?:acha|achou|encontra|encontrou|encuentra|encontr[óo]) (?:o |el )?(?:problema|erro|error|bug|culpado)`),
  },
  mitigated: { strong: word(String.raw`^\W*(?:mitigaci[óo]n|mitiga[çc][ãa]o)[*_]*\s*[.:](?!\s*(?:ninguna|nenhuma|pendiente|pendente|planeada|planejada|n\/a)(?![\p{L}]))(?![^.;\n]*(?:se propone|propuest[oa]|proposta|en espera|em espera|pendiente|pendente|aguardando|esperando))|mitigad[oa]|(?:situa[çc][ãa]o|servi[çc]o|situaci[óo]n|sistema) estabilizad[oa]|mitigiert|mitigat[oa]|att[ée]nu[ée]e?|rollback (?:conclu[íi]do|completado|finalizado|terminado|abgeschlossen|termin[ée])|revers[ãa]o conclu[íi]da|se revierte|revertid[oa]|zurückgerollt|zurückgesetzt|r[ée]install[ée]e?|retour arri[èe]re (?:effectu[ée]|termin[ée])|rollback effectu[ée]|gemitigeerd|teruggedraaid|rollback (?:voltooid|uitgevoerd|afgerond)`) },
  resolved: {
    explicit: word(
      String.raw`fim d[oa] (?:impacto|indisponibilidade|incidente|falha|problema|degrada[çc][ãa]o)|(?:impacto|indisponibilidade|indisponibilidad) (?:encerrad[oa]|finalizad[oa]|terminad[oa]|conclu[íi]d[oa])|fin del? (?:impacto|incidente|problema|la (?:ca[íi]da|indisponibilidad|degradaci[óo]n))|ende der (?:störung|auswirkungen?|beeinträchtigung)|ende (?:des |der )?(?:kunden|nutzer)?(?:impacts?|auswirkungen?|ausfalls?)(?![\p{L}-])|(?:störungs|ausfall|impact|kundenimpact)-?ende|fin de (?:l['’](?:incident|impact|indisponibilit[ée])|la (?:panne|perturbation))|retour (?:complet )?(?:à la normale|du service)|service (?:enti[èe]rement )?r[ée]tabli|fine (?:dell['’](?:incidente|impatto|interruzione)|del (?:disservizio|guasto))|einde van (?:de |het )?(?:storing|verstoring|impact|uitval)|einde (?:de )?(?:storing|verstoring|uitval)|dienst (?:is )?(?:weer |volledig )?hersteld`,
    ),
    strong: word(String.raw`resolvid[oa]|resuelt[oa]|(?<!\b(?:trabalhando|segue|seguem|seguimos|sigue|siguen|continua|continúa|continuamos|começa|começamos|comienza|empieza|estamos|está|esta|estão|están)\s)(?:resolvendo o incidente|resolviendo el incidente)|normalizad[oa]|tudo normal|todo normal|(?:volt(?:a|ou|aram)|voltou) ao normal|volvi[óo] a la normalidad|restabelecid[oa]|restablecid[oa]|behoben|wiederhergestellt|r[ée]solue?|r[ée]tablie?|risolt[oa]|ripristinat[oa]|hersteld|opgelost|verholpen`),
  },
};

/**
 * The same in Chinese, as teams write their 故障复盘 timelines: "这是影响开始的时间点", "告警触发", "值班确认告警", "根因确认",
 * "止损", "完全恢复". No word boundaries: the characters are the words.
 */
const CHINESE: Partial<Record<Milestone, { explicit?: string; strong?: string }>> = {
  started: { explicit: String.raw`影响开始|开始影响|故障开始|问题开始|异常开始`, strong: String.raw`开始(?:下跌|下降|报错|超时|失败|异常|不可用|卡顿)` },
  detected: { strong: String.raw`告警[^，。；,;\n]{0,16}?(?:触发|发出|产生)|触发告警|收到(?:告警|报警)|(?:监控|巡检)(?:发现|告警)|发现(?:异常|问题|故障)|用户(?:反馈|投诉|报障)|客服反馈` },
  acknowledged: { strong: String.raw`确认告警|响应告警|(?:值班|on-?call)[^，。；,;\n]{0,10}?(?:响应|介入|接手|认领)|启动应急|宣布故障` },
  identified: { explicit: String.raw`(?:根因|原因|根本原因)(?:已)?(?:确认|定位|找到|明确|查明)|定位(?:到)?(?:根因|原因)|确认(?:根因|原因)` },
  mitigated: { strong: String.raw`止损|回滚(?:完成|成功)|完成回滚|降级(?:开关)?(?:已)?生效|切流完成|(?:故障|问题|影响|卡顿|延迟)?(?:已)?缓解` },
  resolved: { explicit: String.raw`完全恢复|全部恢复|故障恢复|宣布(?:故障)?恢复|恢复正常|(?:业务|服务)(?:已)?(?:完全)?恢复|故障(?:结束|解除)|影响(?:结束|消除)`, strong: String.raw`已恢复|积压(?:消费|处理)完(?:毕|成)` },
};
/**
 * The same in Japanese and in Korean, as their 障害報告書 and 장애 보고서 say it: "影響開始", "アラート発報", "原因特定",
 * "影響緩和", "完全復旧"; "장애 시작", "탐지", "장애 선언", "원인 파악", "완화", "정상화". No word boundaries: Japanese writes
 * none, and Korean joins its particles to the word.
 */
const JAPANESE_AND_KOREAN: Partial<Record<Milestone, { explicit?: string; strong?: string }>> = {
  started: {
    explicit: String.raw`影響開始|障害(?:発生|開始)|事象発生|장애\s?(?:시작|발생)|영향\s?시작`,
    strong: String.raw`(?:エラー|タイムアウト|遅延|5xx)(?:が)?(?:急増|多発)|(?:悪化|増加|上昇|失敗)し(?:始め|はじめ)|(?:에러|오류|타임아웃|지연)(?:가|이)?\s?급증|(?:상승|증가|지연|실패|오류|에러)\s?시작`,
  },
  detected: { strong: String.raw`アラート(?:が)?(?:発火|鳴)|発報|検知|問い合わせ(?:が)?(?:入|来|急増)|(?:알람|알림)[^,.;\n]{0,40}?(?:발생|수신|울림)|탐지|감지|인지|(?:CS|고객)\s?문의\s?(?:인입|접수|급증)` },
  acknowledged: { strong: String.raw`(?:調査|対応)(?:を)?開始|障害宣言|장애\s?선언|대응\s?(?:시작|착수)|(?:당직|온콜)\S{0,2}\s?(?:확인|대응)` },
  identified: { explicit: String.raw`原因(?:を|が)?(?:特定|判明|確定)|원인\s?(?:파악|확인|특정|발견)` },
  // "暫定復旧" (provisional recovery), "부분 복구": service back in part or for now, the mitigation.
  mitigated: { explicit: String.raw`(?:暫定復旧|一部復旧|部分復旧)(?!中|作業|対応|手順|予定|見込|開始|を|に向け|の手順|せず|できず)|임시\s?복구|부분\s?복구`, strong: String.raw`(?:影響|事象)(?:を|が)?緩和|暫定対応(?:完了|実施)|(?:ロールバック|切り戻し|切り替え)(?:が)?完了|主要機能(?:が)?回復|완화|롤백\s?완료|우회\s?조치\s?(?:완료|적용)|임시\s?조치\s?(?:완료|적용)` },
  resolved: {
    explicit: String.raw`完全復旧|復旧完了|正常化|障害(?:が)?(?:解消|収束)|影響(?:が)?解消|정상화|장애\s?종료|복구\s?완료|완전\s?복구|서비스\s?정상`,
    strong: String.raw`(?<!暫定|一部|部分)復旧(?!中|作業|対応|手順|予定|見込|開始|を|に向け)|(?:지연|장애|영향)\s?해소`,
  },
};
/** The same in Russian: "Начало влияния", "сработал алерт", "причина найдена", "откат завершён", "сервис восстановлен". */
const RUSSIAN: Partial<Record<Milestone, { explicit?: string; strong?: string }>> = {
  started: { explicit: String.raw`начало (?:влияния|инцидента|сбоя|деградации|простоя)`, strong: String.raw`начал(?:ся|ась|ись|о)? (?:рост|расти|падать|сыпаться)|начинается (?:рост|падение)|первые (?:ошибки|жалобы|таймауты)` },
  detected: { strong: String.raw`сработал[аи]? (?:алерт\p{L}*|мониторинг|триггер)|алерт\p{L}* сработал[аи]?|приш[её]л алерт|(?:заметил|обнаружил)[аи]?` },
  acknowledged: { strong: String.raw`(?:подтвердил|принял)[аи]? (?:алерт|инцидент|пейдж)|взял[аи]? в работу` },
  identified: { explicit: String.raw`(?:корневая )?причина (?:найдена|установлена|определена|понятна|ясна|выяснена)|нашли причину` },
  mitigated: { strong: String.raw`откат (?:завершён|завершен|выполнен)|откатили|влияние (?:снижено|устранено)|переключили трафик` },
  resolved: { explicit: String.raw`(?:конец|окончание) (?:влияния|инцидента|сбоя)|полн(?:ое|ая) восстановлени\p{L}*|сервис(?:ы)? восстановлен\p{L}*|(?:сбой|инцидент|проблема) (?:решён|решен[ао]?|устран[её]н[ао]?)`, strong: String.raw`восстановлен[оа]?|работает штатно|(?:пришл[оа]|вернул(?:ось|ись|ся)) в норму` },
};
/** More German: "ab hier keine Übermittlung", "Queue-Alarm (>50 Meldungen) ausgelöst", "Notfall bemerkt", "Pikett übernimmt", "neu gestartet", "wieder in Betrieb". */
const GERMAN: Partial<Record<Milestone, { explicit?: string; strong?: string }>> = {
  started: { strong: String.raw`ab (?:hier|jetzt|diesem zeitpunkt|da) (?:keine?|nichts)` },
  detected: { strong: String.raw`alarm\S*(?: \([^()]{1,40}\))? (?:wird |wurde )?ausgelöst|bemerkt|bemerken|meldet|melden|gemeldet` },
  acknowledged: { strong: String.raw`übernimmt|übernommen` },
  mitigated: { strong: String.raw`neu ?gestartet` },
  resolved: { strong: String.raw`wieder in betrieb|wieder verfügbar|läuft wieder|laufen wieder|funktioniert wieder|funktionieren wieder` },
};
/** The same in Polish: "Początek wpływu", "potwierdza alert", "Zidentyfikowana przyczyna", "płatności działają". */
const POLISH: Partial<Record<Milestone, { explicit?: string; strong?: string }>> = {
  started: { explicit: String.raw`początek (?:wpływu|incydentu|awarii|niedostępności|problemów|degradacji)`, strong: String.raw`pierwsze (?:odrzucon\p{L}*|błędy|timeouty|reklamacje|zgłoszenia)` },
  detected: { strong: String.raw`(?:odpal(?:ił|a)|przyszedł|wyzwolony) alert|alert (?:się )?(?:odpalił|wyzwolony)|zgłasza(?:ją)?|zgłosił[aoy]?` },
  acknowledged: { strong: String.raw`potwierdz(?:a|ił[ao]?) (?:alert|incydent|zgłoszenie|page)|przejmuje (?:incydent|zgłoszenie|alert)|biorę (?:to|incydent)` },
  identified: { explicit: String.raw`(?:zidentyfikowana|znaleziona|ustalona|potwierdzona) przyczyna|przyczyna (?:zidentyfikowana|znaleziona|ustalona|potwierdzona)|mamy przyczynę` },
  mitigated: { strong: String.raw`rollback (?:zakończony|wykonany|zrobiony)|przywrócon[yaoe] (?:z|poprzedni\p{L}*)` },
  resolved: {
    explicit: String.raw`koniec (?:wpływu|incydentu|awarii|niedostępności)`,
    strong: String.raw`(?:płatności|autoryzacje|usługa|serwis|system|wszystko) (?:(?!nie(?![\p{L}]))\p{L}+ )?działa(?:ją)?|działa(?:ją)? (?:ponownie|znowu|poprawnie|normalnie)|wr(?:aca|óci)\p{L}* do normy`,
  },
};
for (const [table, bounded] of [[CHINESE, false], [JAPANESE_AND_KOREAN, false], [RUSSIAN, true], [POLISH, true], [GERMAN, true]] as const) {
  for (const [milestone, wording] of Object.entries(table) as [Milestone, { explicit?: string; strong?: string }][]) {
    const translated = (TRANSLATED[milestone] ??= {});
    for (const tier of ['explicit', 'strong'] as const) {
      const added = wording[tier] && (bounded ? word(wording[tier]).source : wording[tier]);
      if (added) translated[tier] = new RegExp(translated[tier] ? `${translated[tier].source}|${added}` : added, 'iu');
    }
  }
}

/**
 * The word closing an entry as its own sentence, capitalised as the author marks a milestone ("... writes succeeding
 * again. **Mitigated.**"), perhaps with whose word it is ("Mitigated and resolved, per Ravi.") or a note after it
 * ("Mitigated. [17:37 UTC]", "(per IC)").
 */
function closing(word: string): RegExp {
  return new RegExp(String.raw`(?:^|[.;!]\s+)[*_]*(?:${word})[*_]*(?:,\s*(?:per|by|according to|confirmed by)\s+[^\s.;,][^.;,\n]{0,30})?\.?[*_]*${CLOSING_NOTE}\s*$`);
}

/**
 * The word as its own bold sentence anywhere in the entry ("**Mitigated.**", "**Incident resolved**, SEV-1 closed."),
 * or in capitals closing it.
 */
function boldOrCapitals(word: string): RegExp {
  const named = String.raw`(?:(?:Incident|Outage) ${word.toLowerCase()}|${word})`;
  return new RegExp(String.raw`(?:^|[.;!]\s+)(\*\*|__)${named}(?:\.\1|\1(?=[.,;]|\s*$))|(?:^|[.;!]\s+|\s[—–-]\s+)${word.toUpperCase()}[.!]?\s*$`);
}

/** A note after a closing word: in brackets, or the time it was written again ("2024-08-22 17:37 UTC"). */
const CLOSING_NOTE = String.raw`(?:\s*[(\[][^()[\]\n]{1,40}[)\]]\.?|\s+\d[\d:./ T-]{3,20}(?:\s*[A-Z]{2,5})?)?`;

function closingAfterDash(words: [Milestone, string][]): [RegExp, Milestone][] {
  return words.map(([milestone, word]) => [new RegExp(String.raw`\s[—–]\s+[*_]*(?:${word})[*_]*\.?[*_]*\s*$`, 'i'), milestone]);
}

function stateChanges(milestones: Milestone[]): [RegExp, Milestone][] {
  return milestones.map((milestone) => [
    new RegExp(String.raw`^\W*(?:incident\s+)?(?:milestone|status)\s+(?:changed|updated|set|moved)\s*(?:from\s+\w+\s+)?(?:to\s+|:\s*)[*_"'“]*${milestone}\b|(?:^|[.;!]\s+)[*_]*(?:declared|marked)\s+(?:as\s+)?${milestone}[*_]*\.?[*_]*\s*$`, 'i'),
    milestone,
  ]);
}

/**
 * The author's markers in capitals: "OUTAGE BEGINS", "<START OF OUTAGE>", "IMPACT STOP", "INCIDENT ENDS", "OUTAGE
 * MITIGATED"; the word closing an entry ("**Mitigated.**", "**Impact end**", "**Impact ends / mitigated.**"); a label
 * opening it ("原因特定:").
 */
const SHOUTED: [RegExp, Milestone][] = [
  [/\b(?:OUTAGE|INCIDENT|IMPACT) (?:BEGINS|BEGAN|STARTS?|STARTED)\b|\bSTART OF (?:THE )?(?:OUTAGE|INCIDENT|IMPACT)\b/, 'started'],
  // "... Anonymous sessions now get `null`. **Fail-open starts.**": the author's own name for the impact, in bold,
  // starting as the entry closes (not a deploy or a job starting, which is lead-up).
  [/(?:^|[.;!]\s+)(?:\*\*|__)(?!(?:the |a |our )?(?:deploy\w*|roll-?outs?|roll-?backs?|releases?|builds?|pipelines?|jobs?|backups?|migrations?|maintenance|window|changes?|investigation|incident call|bridge)\b)(?:[\w-]+ ){0,2}[\w-]+ (?:starts|started|begins|began)\.?(?:\*\*|__)\.?\s*$/i, 'started'],
  [/\b(?:OUTAGE|INCIDENT) (?:DETECTED)\b/, 'detected'],
  // "TRIGGERED  orders-write-errors -> lena.k": a pager's export, its state first.
  [/^\W*TRIGGERED\b/, 'detected'],
  [/\b(?:OUTAGE|INCIDENT|ISSUE) MITIGATED\b/, 'mitigated'],
  [/\b(?:OUTAGE|INCIDENT|IMPACT) (?:ENDS?|ENDED|STOPS?|STOPPED|RESOLVED|OVER)\b|\bEND OF (?:THE )?(?:OUTAGE|INCIDENT|IMPACT)\b/, 'resolved'],
  // "... writes succeeding again. **Mitigated.**", "... freshness verified. **Resolved.**": the word alone, capitalised,
  // closing the entry, as the author marks the milestone.
  [closing(String.raw`Mitigated(?: \/ end of impact| (?:and|&) resolved)?|(?:Impact|Outage) (?:ends?|ended|over) \/ mitigated`), 'mitigated'],
  // "... evictions stop. **Mitigated.** Candidates can log back in.", "... students able to login again. MITIGATED": the
  // word as its own bold sentence anywhere in the entry, or in capitals closing it (not an alert's or a ticket's state).
  [boldOrCapitals('Mitigated'), 'mitigated'],
  // "... MM success > 98% for 15 min. **Matchmaking mitigated**": a short sentence of the author's own closing the entry
  // with the word (not "Partially mitigated", "Still not mitigated").
  [/(?:^|[.;!]\s+)[*_]*(?:[\w-]+ ){1,2}(?<!\b(?:partially|partly|not|never|somewhat|mostly|being|be) )mitigated\.?[*_]*\.?\s*$/i, 'mitigated'],
  [boldOrCapitals('Resolved'), 'resolved'],
  // "Phased release paused. Mitigation: no further automatic updates", "halts the rollout (mitigation)": the author's
  // label for the step, after a sentence or in brackets.
  [/[.;!]\s+[*_]*Mitigation[*_]*\s*:(?!\s*(?:none|n\/a|tbd|pending|planned|not)\b)|\([Mm]itigat(?:ion|ed)\)/, 'mitigated'],
  [closing('Detected|Detection'), 'detected'],
  // A security report's phase closing the entry: "... user suspended. **Contained**", "**Containment declared**".
  [closing('[Cc]ontained|[Cc]ontainment (?:declared|complete|achieved|confirmed)'), 'mitigated'],
  [closing('Mitigated (?:and|&) resolved|Resolved'), 'resolved'],
  // "... pins downloads to zone a — **mitigated**": the milestone's name closing the entry after a dash.
  ...closingAfterDash([
    ['started', String.raw`(?:impact|outage|incident) (?:starts?|started|begins?|began)|start of (?:the )?(?:impact|outage)`],
    ['detected', 'detected|detection'],
    ['acknowledged', 'acknowledged'],
    ['identified', String.raw`(?:root )?cause identified|identified`],
    ['mitigated', 'mitigated|mitigation'],
    ['resolved', String.raw`resolved|(?:impact|outage) (?:ends?|ended|over)|end of (?:the )?(?:impact|outage)`],
  ]),
  // An incident tool's log of the incident's own state: "Milestone changed: Acknowledged", "Status changed to
  // Mitigated", "Declared mitigated."
  ...stateChanges(['started', 'detected', 'acknowledged', 'identified', 'mitigated', 'resolved']),
  [closing('(?:Impact|Outage) (?:ends?|ended|over)'), 'resolved'],
  // The labels Japanese and Korean teams open a log's line with: "原因特定: cluster C still ...", "장애 시작 — ...".
  [/^\W*(?:障害発生|発生|장애\s?(?:시작|발생))\s*[:：—–-]/, 'started'],
  [/^\W*(?:検知|감지|탐지)\s*[:：—–-]/, 'detected'],
  [/^\W*(?:原因特定|원인\s?(?:파악|확인|특정))\s*[:：—–-]/, 'identified'],
  [/^\W*(?:暫定対応|応急処置|임시\s?조치)\s*[:：—–-]/, 'mitigated'],
  [/^\W*(?:復旧(?:完了)?|장애\s?종료|복구\s?완료)\s*[:：—–-]/, 'resolved'],
];

/**
 * Wording that takes the milestone back: "never joined", "almost recovered", "can be restarted", "being restarted",
 * "FPCs must be downgraded", "needs to be rolled back",
 * "Decision made to restore" (not done yet),
 * "a PR that reverted it" (proposed, not done), "Nobody sees it", "No alert fires", "Nessun alert", "ingen varsling",
 * "0 errors reported" (not "v1.0 and restarted", "ticket no 4411 resolved").
 */
const NEGATED_OR_HEDGED = /\b(?:PR|pull request|MR|merge request)s?\s+(?:that|which|to)\s+(?:\w+\s+){0,2}$|\b(?:decided|decision(?:\s+(?:was\s+)?made)?|plans?|planned|planning|agreed|agrees?|proposed?|attempt(?:s|ed|ing)?|tried|trying)\s+to\s+$|\b(?:suggest(?:s|ing)|recommend(?:s|ing)|propos(?:es|ing)|advis(?:es|ing))\s+(?:to\s+|[a-z]+ing\s+)?$|\bno\s+(?:\w+\s+){0,4}(?:has|have|had|was|were|is|are)\s+(?:been\s+)?$|\b(?:nothing|nobody|no one)\s+(?:[\w-]+\s+){0,4}$|\b(?:not|never|no longer|nobody|nothing|almost|nearly|partially|partly|can|cannot|could|will|would|should|might|must|if|whether|unless|without|being|to be|what|needs? to|ha(?:s|ve) to)\s+(?:\w+\s+){0,2}$|\bno\s+(?:[a-z]+\s+)?$|\b(?<![\d.])(?:zero|0)\s+[a-z]+s\s+$|n't\s+(?:\w+\s+){0,2}$|(?<![\p{L}])(?:não|nicht|noch nicht|kein\p{L}*|pas|nunca|nie|ainda não|todavía no|aún no|nessun[oa]?|ningun[oa]?|ningún|nenhum[a]?|aucun[e]?|ingen|inget|ikke|inte|brak)\s+(?:\p{L}+\s+){0,2}$|(?:未|没有|尚未|并未|仍未|无法|不能|未能|部分)[^，。；\s]{0,4}$|(?<![\p{L}])(?:не|ещё не|еще не|частично|почти)\s+(?:\p{L}+\s+){0,2}$/iu;

/**
 * The incident closed, as a record: "closed the incident", "incident was formally closed", "INC-42 closed", "called the
 * incident over"; Polish "incydent zamknięty", "zamykam incydent".
 */
const CLOSES_INCIDENT = /\b(?:clos(?:ed|es|ing) (?:the |our |out the )?(?:incident|inc-?\d+|ticket)|(?:incident|inc-?\d+|ticket) (?:was |is |formally |then )*closed|call(?:ed|s|ing)? (?:the )?(?:incident|outage) (?:over|closed))\b|(?<![\p{L}])(?:incydent (?:jest |został )?zamknięty|zamyka(?:m|my)? incydent)(?![\p{L}])/iu;

/** An action the entry says did nothing: "Rollback of the app done, no change, still timing out", "Restarted it. Same error." */
// "... still grows, killed after ~6 min", "It rejoins and gets stuck again within a minute", "PLC restarts but faults
// again": the try that failed.
const NO_EFFECT = /\b(?:no (?:change|effect|improvement|difference|luck)|no (?:material|noticeable|notable|visible|significant|measurable|meaningful|obvious|discernible) (?:change|effect|improvement|difference)(?=\s*(?:[.;,!)]|$|(?:was |is )?(?:observed|seen|noticed)\b|in (?:the )?(?:errors?|error rates?|failures?|failure rates?|success rates?|5xx)\b|(?:yet|so far)\b))|(?:did|does)(?:n['’]t| not) (?:help|work|fix|change|improve)|(?:remains?|remained) (?:saturated|stuck|down|dead|offline|broken|unavailable|failing)\b|(?:still|continued? to be|kept) (?:failing|timing out|erroring|down|dead|offline|broken|saturated|degraded|crashing|unavailable|stuck|grows|growing|climbing|rising|spiking|evicting|rejecting|bouncing|locking (?:\w+ )?out)|(?:errors?|failures?|evictions?|lockouts?|timeouts?|rejections?|crashes|5xxs?|bounces?)\s+(?:\w+\s+)?(?:continue|continues|persist|persists)\b(?!\s+to\s+(?:fall|drop|declin|decreas|drain|subsid|improv|ease|shrink|be\s+logged)\w*)(?![^.;]{0,60}\b(?:on|at|in|from) the (?:old|former|previous|other)\b)|(?:did|does)(?:n['’]t| not) (?:on its own|by itself|alone) |(?<!\b(?:which|that|had|has|have)\b[^.;]{0,40})(?:then worse again|worse again|(?:got|gets) worse)|(?:gets?|got|is|was|goes|went|becomes?|became) (?:stuck|wedged|hung|saturated|unhealthy) again|(?:fails|faults|trips|crashes|breaks|dies|failed|faulted|tripped|crashed|broke|died) again|made no difference|to no avail|still (?:nothing|no (?:data|traffic|comms|telemetry|response|responses)) (?:(?:coming|getting|going) (?:through|in)|arriving|showing)|(?:rollback|roll-?back|revert|failover|fix|attempt) (?:was |is )?(?:abandoned|aborted)|without (?:effect|improvement)|same (?:error|errors|result|problem|issue|failure|behaviou?r))\b/i;

const MONTH_NAME = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const ON_ANOTHER_DAY = new RegExp(String.raw`^\s*(?:[\w-]+\s+){0,4}?(?:on\s+(?:(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_NAME})|(${MONTH_NAME})\s+(\d{1,2})\b|((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\d{4}-(\d{2})-(\d{2})\b)|(?:yesterday|the (?:day|night|week) before|last (?:week|night|month)|\d+ days (?:earlier|before|ago))\b(?!['’]s))`, 'i');
const WEEKDAY_INDEX = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** Whether the words after a fix name a day other than the entry's own ("rotated on 15 Sept" in an entry of the 18th). */
function doneOnAnotherDay(entry: TimelineEntry, after: string): boolean {
  const named = ON_ANOTHER_DAY.exec(after);
  if (!named) return false;
  const [, day, month, monthFirst, dayAfter, weekday, isoMonth, isoDay] = named;
  // "yesterday", "last week": another day whatever the entry's.
  if (!day && !monthFirst && !weekday && !isoMonth) return true;
  // The entry's own day on its wall clock, when its date is known; else nothing says the day is another.
  const own = entry.dateKnown && entry.instant ? new Date(entry.instant.ms + entry.instant.offsetMinutes * 60_000) : undefined;
  if (!own) return false;
  if (weekday) return (WEEKDAY_INDEX.indexOf(weekday.slice(0, 3).toLowerCase()) + 1) % 7 !== own.getUTCDay();
  const namedMonth = isoMonth ? Number(isoMonth) : monthNumber(month ?? monthFirst);
  const namedDay = Number(day ?? dayAfter ?? isoDay);
  return namedMonth !== own.getUTCMonth() + 1 || namedDay !== own.getUTCDate();
}
const TRY_FAILED = /\b(?:fails|failed)\s*$/i;

/**
 * "found it. HA failed over at 9:53 pm, FW-B took the new policy" in a 00:20 entry: what happened at another time of
 * day, told as the cause, not done now.
 */
function doneAtAnotherClock(entry: TimelineEntry, after: string): boolean {
  const named = /^\s*at\s+(\d{1,2})[:.](\d{2})(?!\d)\s*(?:([ap])\.?m\b\.?)?/i.exec(after);
  const own = entry.stamp?.time;
  if (!named || !own) return false;
  const hour = (Number(named[1]) % 12) + (named[3]?.toLowerCase() === 'p' ? 12 : named[3] ? 0 : Number(named[1]) >= 12 ? 12 : 0);
  const minutes = (at: number) => ((at % 1440) + 1440) % 1440;
  // Earlier than the entry (within half a day): a later time is the same step finishing ("rollback completed at 14:27").
  const before = minutes(own.hour * 60 + own.minute - (hour * 60 + Number(named[2])));
  return before > 5 && before <= 720;
}

/**
 * "Maintenance window opens (approved CAB 03/04; ECD notified by email 03/05)": a word in brackets that name another
 * day than the entry's tells of that day, not of this moment.
 */
function inBracketOfAnotherDay(entry: TimelineEntry, span: [number, number]): boolean {
  const open = entry.prose.lastIndexOf('(', span[0]);
  const close = entry.prose.indexOf(')', span[1]);
  if (open < 0 || close < 0 || entry.prose.slice(open + 1, span[0]).includes(')')) return false;
  const own = entry.dateKnown && entry.instant ? new Date(entry.instant.ms + entry.instant.offsetMinutes * 60_000) : undefined;
  if (!own) return false;
  const [month, day] = [own.getUTCMonth() + 1, own.getUTCDate()];
  // A date where the words say one ("notified by email 03/05", "approved CAB 03/04"), not a count ("3/3 AZs", "4/4 checks").
  const dates = matchesOf(/\b(?:on|by|dated|e-?mail(?:ed)?|approved|CAB|sent|since)\s+(\d{1,2})\/(\d{1,2})(?![\d/])(?!\s*[A-Za-z])/g, entry.prose.slice(open + 1, close));
  return dates.length > 0 && dates.every(([, a, b]) => !((+a === month && +b === day) || (+a === day && +b === month)));
}

/** A failure that took the service down with it: "Postgres PANIC and shutdown", "crashed and shut down". */
const FAILED_AND = /\b(?:panic(?:s|ked)?|crash(?:es|ed)?|died|dies|fatal(?: error)?|oom-?killed|segfault(?:s|ed)?)\s+and\s+$/i;

/** A change that has not gone out yet: "revert merged, deploying", "FPC 2 firmware downgrade started". */
const STILL_GOING_OUT = /^\W*(?:now\s+|and\s+)?(?:(?:pipeline|build|deploy(?:ment)?|CI|job|rollout)\s+(?:still\s+)?(?:running|queued)\b|deploying|rolling out|propagating|building|in progress|pending|started|starts|begins|began|underway|under way|kicked off)\b/i;

/** The rest of a sentence that takes back what it said: "..., but volumes will not mount", "but errors persisted", "but downloads kept failing". */
const BUT_NOT = /\bbut\b.*?(?:\b(?:not|no|never|still|persisted|remained|(?:kept|continued) (?:to )?(?:fail|failing|erroring|error|crashing|crash|timing out|time out))\b|n't\b)/i;

/** What a confirmation says of a fix or a recovery, or of a problem that outlived one: a later phase than triage. */
const CONFIRMS_RECOVERY = /\b(?:(?:have|has|had|was|were|been|is|are) (?:now )?(?:reverted|rolled back)|correct|fixed|resolved|restored|recovered|back|recovering|draining|resumed|working|arriving|flowing|succeed(?:s|ing|ed)?|delivered|healthy|normal|good|stable|stabili[sz]\w*|still|again|mitigated|(?:full|complete) mitigation|mitigation (?:worked|held|confirmed|complete|achieved))\b/i;

/**
 * A confirmation that nothing is wrong ("confirms that the scan does not detect any malware", "no customer data was
 * exposed"), not a problem that is itself an absence ("has nothing under dist/", "doesn't match any commit").
 */
const CONFIRMS_ABSENCE = /^(?:(?!\bbut\b).)*?(?:\b(?:not|no|never|none|nothing)\b|n't\b)(?:\s+[\w-]+){0,3}?\s+(?:detect\w*|find\w*|found|see|seen|shows?|affected|impacted|exposed|compromised|accessed|leaked|changed|modified|altered|tampered|corrupted|evidence|signs?|indications?|impact|malware|vulnerab\w*|exploit\w*|issues?|problems?|errors?)\b/i;

/**
 * A backlog worked off: "Backlog fully drained", "Queue empty", "lag at 0 on all partitions", "All 6,412 queued
 * transfers posted", "replay done; all 9,870 purchases delivered".
 */
const BACKLOG_CLEARED = /\b(?:(?<!\b(?:support|ticket|tickets|review|jira|bug|issue|work|engineering|product|sprint|follow-?up)\s)(?:backlogs?|queues?|lag)(?: of [\w\s-]{1,30}?)? (?:is |was |were |has been |had been |had |fully |completely |now |finally )*(?:drained|cleared|empty|emptied|caught up|worked off|(?:fully )?(?:delivered|processed|sent)|(?:at|to|back to) (?:0|zero))\b|(?:backlog|lag) (?:of |at |is |now )?0\b(?![.,]\d)|all (?:\d[\d,.]*\s+)?(?:of the\s+)?(?:queued|delayed|pending|stuck|backlogged|held|missed|failed)\s+(?:[\w-]+\s+){0,2}(?:were\s+|are\s+|have been\s+|now\s+)?(?:posted|processed|delivered|sent|replayed|reprocessed|imported|re-?sent|retried|published|settled|credited|worked off)\b|(?:replay|reprocessing|redelivery|backfill|re-?run)(?: \w+)? (?:is |was )?(?:done|complete|completed|finished)\b)/i;

const NOTICED = /^(?:notices|noticed|spots|spotted|realizes|realises|realized|realised)$/i;
const OUTSIDER_BEFORE = /\b(?:researchers?|customers?|users?|partners?|vendors?|third[- ]part(?:y|ies)|attackers?)\b[^.;]{0,60}$/i;

/**
 * "Alert ... fires into #dba-alerts. Nobody sees it.", "9 more chats ... I see none of them", "fires — but to a list
 * not monitored overnight", "alert mail (unread)", "... not seen until Monday": a signal no one noticed is not the team
 * learning of it.
 */
const UNSEEN = /\b(?:not|never) (?:monitored|watched|read|checked|looked at)\b|(?:^|[.;!]\s+)not paged\b|\((?:[^()\n]{0,40}\s)?(?:was |were )?not paged\s*\)|\bsat (?:there|unread) (?:till|until)\b|(?:^|[.;]\s*)no (?:response|reaction|reply)\s*(?:[.!]|$)|\(\s*(?:unacknowledged|unanswered|ignored|no response)\s*\)|\b(?:nobody|no one|no-one)\s+(?:responds|responded|replies|replied|answers|answered)\b(?!\s+to\b)|\bnot acted (?:up)?on\b|\bnot (?:seen|noticed|read|opened|picked up) until\b|\b(?:unmonitored|unread|unnoticed)\b|\b(?:to|in|into|on) (?:a |an |the )?(?:muted|silenced|archived|unwatched|dead) (?:channel|inbox|mailbox|room|queue)\b|\b(?:nobody|no one|no-one)\s+(?:(?:is|was)\s+(?:watching|looking|reading|checking|monitoring)|sees|saw|noticed|notices|reacts|reacted|looks|looked|reads|read|checks|checked|watches|watched|acks|acked|acknowledged|picks (?:it )?up|picked (?:it )?up)\b|\b(?:goes|went) unnoticed\b|\b(?:I|we)\s+(?:see|saw|read|notice|noticed)\s+none\b|\b(?:I|we)\s+(?:didn['’]t|did not)\s+(?:see|notice|read)\b|\bnicht (?:gelesen|beachtet|bemerkt|gesehen|überwacht)(?![a-zäöüß])|\bunbemerkt\b|\bsilenced\b|\bno (?:page|alert|alarm|notification)s? (?:was |were )?sent\b/i;

/** An entry saying no alert fired, whatever alert it names. */
/** "KafkaUnderReplicatedPartitions fires, pages Jun": an alert by its name in CamelCase (case matters here). */
const ALERT_NAME_FIRES = /\b[A-Z][a-z]+(?:[A-Z0-9][a-z0-9]+){2,}\b(?: (?:alert|alarm))?,? (?:fires|fired|pages|paged|triggers|triggered)\b/;

const NO_ALERT = /\bno (?:alerts?|pages?|alarms?)\s*(?:[.;)]|$)|\bnothing (?:[\w-]+ ){1,4}(?:alerted|paged|fired|triggered)\b|\b(?:nothing|no (?:alert|page|monitor|alarm)s?) (?:alerts?|alerted|fires?|fired|pages?|paged|triggers?|triggered)\b|\bno (?:[\w-]+ ){1,3}(?:alert|page|alarm)s?\b(?! (?:fired|fires|triggered|went off) (?:at|after|when))[^.;\n]{0,80}?\b(?:because|since|as|didn['’]t|did not|never|wasn['’]t|was not)\b|\btoo (?:low|small|quiet|slow|short) to (?:trigger|fire|page|alert)\b/i;

/** An alert or page clearing by itself, as the pager prints it, the status page marked resolved, or a provider that marked its own issue resolved. */
const RESOLUTION_ECHOED = /\bstatus ?page\b[^.;\n]{0,40}?\bresolved\b|\b(?:provider|vendor|upstream|third[- ]party|supplier|carrier|AWS|Azure|GCP|Google Cloud|Cloudflare|Fastly|Akamai|Stripe|GitHub|Twilio|Okta|NPCI|PSP)\b[^.;\n]{0,40}?\bmark(?:s|ed)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:issue|incident|event|ticket)s?\s+(?:as\s+)?resolved\b|^\W*\[alert\][^.;\n]{0,60}?\bresolved\b|\bresolved\b[^.;\n]{0,20}?\bon (?:the )?status ?page\b|^\W*\[RESOLVED\]|\b(?:PagerDuty|Opsgenie|Alertmanager|Grafana|Datadog|Sentry|CloudWatch)\s*:\s*(?:incident\s+|alert\s+)?(?:auto-?)?resolved\b|\b(?:alert|alarm|page|monitor)\s+(?:\S+\s+){0,3}?(?:auto-?resolved|resolved (?:itself|automatically))\b/i;

const RESOLUTION_ECHOES = new RegExp(RESOLUTION_ECHOED.source, 'gi');
/** A pager's tag opening a message, in capitals, its brackets lost: "RESOLVED UPI success rate < 95%". */
const PAGER_TAG = /^\W*RESOLVED(?::\d+)?\s+(?=[A-Z\d`])/;

/**
 * "Sync works again for some users", "... back, partially", "EHR restored for ED only", "Telemetry restored at 9 of 14
 * sites": a return for only some, which resolves nothing.
 */
const FOR_SOME = /^\W*(?:(?:for|on|in|to)\s+(?:only\s+)?(?:some|a few|few|most|many|part of|half|about half|a subset of|a minority of|a fraction of)\b|(?:partially|partly|in part)\b|(?:for|on|in|at|to)\s+(?:the\s+)?(?!(?:all|every\w*|full|the end)\b)[\w-]+(?:\s+[\w-]+)?\s+only\b(?!\s+(?:after|when|once|by|because|until|then|minutes?|hours?|seconds?)\b))/i;
const SOME_OF_ALL = /^\W*(?:for|on|in|at|to)\s+(\d+)\s+(?:of|out of)\s+(\d+)\b/i;
function forSome(rest: string): boolean {
  const counted = SOME_OF_ALL.exec(rest);
  return FOR_SOME.test(rest) || (counted !== null && Number(counted[1]) < Number(counted[2]));
}

/** "Other regions working normally; EU declines continue.": the failure going on after a return in part. */
const GOES_ON = /\b(?:errors?|failures?|declines?|impact|issues?|problems?|outages?|bounces?|timeouts?|rejections?|5xxs?|500s|503s)\s+(?:\w+\s+)?(?:continue|continues|persist|persists)\b/i;

/** "Node 1 is back online; ... Paths on the six hosts still dead": what is still broken after a return in part. */
const STILL_BROKEN = /\b(?:still|remains?|remained)\s+(?:dead|down|failing|broken|unavailable|erroring|offline|degraded|timing out|unreachable|saturated)\b/i;

/** "Back at baseline. Mitigated for everything except Microsoft": a return for all but some, which resolves nothing. */
const ALL_BUT_SOME = /\b(?:for|on|in|to|across) (?:everything|everyone|everybody|all(?: [\w-]+){0,2}) except\b(?![^.;\n]{0,60}\b(?:which|who|that) (?:were|was|had)\b)|\bmitigated (?:for|on|in) [^.;\n]{0,40}?\bexcept\b/i;

/**
 * "Ingress back to 200 msg/s per bind; queue draining": what piled up is still being worked off; "Most e-books are
 * available again. A small number of titles are still affected.": part of it is still out. A later return ends the
 * incident rather than this one (which still does when none comes).
 */
const STILL_UNSETTLED = /\b(?:queues?|backlogs?|lag|consumers?|replicas?|replication|messages|jobs)\s+(?:(?:is|are|now|still|slowly|starting to|starts? to|started to)\s+)*(?:draining|catching up|clearing|recovering)\b|\b(?:still|slowly)\s+(?:draining|catching up|recovering)\b|\b(?:some|several|remaining|a (?:small |few |handful |minority )?(?:number|handful|few|minority|subset)|\d[\d,]*)\b[^.;]{0,60}\b(?:still|remain|remains)\s+(?:affected|impacted)\b/i;

/** An entry labelled as the cause: "Root cause: ...", "Cause: ...". */
const CAUSE_LABEL = /^\W*(?:the )?(?:root[ -])?cause(?: (?:is |was )?(?:clear|found|identified|confirmed|known|determined))?\s*[:—–]\s*\S/i;

// Unsettled: a return told while what piled up still drains, which a later return outranks but which stands alone.
const SCORE = { marked: 10, shouted: 8, explicit: 5, strong: 3, weak: 1, unsettled: 0.5 } as const;

/** How strongly an entry's wording names a milestone (0: not at all), and which words say so. */
function claimOf(entry: TimelineEntry, milestone: Milestone): { score: number; span?: [number, number] } {
  if (entry.markedMilestone === milestone) return { score: SCORE.marked };
  // The author's marker says what the entry is ("| CR-8812 confirmed as the cause | Root cause identified |"): its
  // wording names no other milestone.
  if (entry.markedMilestone) return { score: 0 };
  // "Root cause: the bank rotated the host key": the entry names the cause, and its words are the cause's, not a fix.
  if (CAUSE_LABEL.test(entry.prose)) return milestone === 'identified' ? { score: SCORE.strong, span: spanOf(CAUSE_LABEL.exec(entry.prose)!) } : { score: 0 };
  const shouted = SHOUTED.find(([pattern, m]) => m === milestone && pattern.test(entry.prose));
  // "**Incident resolved**, they say, but 5xx continue": the mark taken back in its own sentence.
  const shoutedSpan = shouted && spanOf(shouted[0].exec(entry.prose)!);
  // "RESOLVED UPI success rate < 95%": a pager's tag over an alert's name, its brackets lost in a chat message, repeats
  // what happened elsewhere (as RESOLUTION_ECHOED below): below a person's word that service is back, which it follows.
  if (shoutedSpan && milestone === 'resolved' && PAGER_TAG.test(entry.prose) && !claimSpan(WORDING.resolved.strong, entry.prose.replace(PAGER_TAG, ' '))) return { score: SCORE.unsettled, span: shoutedSpan };
  if (shoutedSpan && !(milestone === 'resolved' && (BUT_NOT.test(entry.prose.slice(shoutedSpan[1])) || GOES_ON.test(entry.prose.slice(shoutedSpan[1], shoutedSpan[1] + 200))))) return { score: SCORE.shouted, span: shoutedSpan };
  const { strong, weak, explicit } = WORDING[milestone];
  const translated = TRANSLATED[milestone];
  const explicitSpan = (explicit && claimSpan(explicit, entry.prose)) ?? (translated?.explicit && claimSpan(translated.explicit, entry.prose));
  // Above a resolution said outright, below the author's capitals; not one for a part ("Loss of service ends for Visa;
  // Mastercard still failing").
  const endsForAPart = milestone === 'resolved' && explicitSpan !== undefined && (STILL_BROKEN.test(entry.prose.slice(explicitSpan[1], explicitSpan[1] + 200)) || GOES_ON.test(entry.prose.slice(explicitSpan[1], explicitSpan[1] + 200)));
  if (explicitSpan && !endsForAPart) return { score: milestone === 'resolved' ? 2 * SCORE.strong + 1 : SCORE.explicit, span: explicitSpan };
  // "**Full outage ends; service remains degraded.**": the outage over for a part, the rest still out, is a mitigation.
  if (milestone === 'mitigated' && !explicitSpan) {
    const endedForAPart = claimSpan(WORDING.resolved.explicit!, entry.prose);
    if (endedForAPart && STILL_BROKEN.test(entry.prose.slice(endedForAPart[1], endedForAPart[1] + 200))) return { score: SCORE.strong, span: endedForAPart };
  }
  const strongSpan = claimSpan(strong, entry.prose) ?? (milestone === 'detected' ? claimSpan(ALERT_NAME_FIRES, entry.prose) : undefined) ?? (translated?.strong && claimSpan(translated.strong, entry.prose));
  // "Node has recovered, but volumes will not mount": the sentence takes the recovery back. "Confirms queues are
  // draining", "confirmed the fix was correct": a confirmation of the recovery, not of the problem.
  const rest = (span: [number, number]) => entry.prose.slice(span[1]).split(/[.;](?=\s|$)/, 1)[0];
  const takenBack = (span: [number, number]) =>
    // "OK to put it back to 200? needs a restart?": a question about the fix, not the fix.
    ((milestone === 'resolved' || milestone === 'mitigated' || milestone === 'identified') && /^[^.!;\n]*\?/.test(entry.prose.slice(span[1]))) ||
    (milestone === 'resolved' && (BUT_NOT.test(rest(span)) || forSome(rest(span)) || STILL_BROKEN.test(entry.prose.slice(span[1], span[1] + 200)) || GOES_ON.test(entry.prose.slice(span[1], span[1] + 200)) || ALL_BUT_SOME.test(entry.prose.slice(span[0], span[1] + 200)))) ||
    // "Attempt to force the pool back online read-only fails", "reverts nothing yet": the try failed, or did nothing.
    ((milestone === 'resolved' || milestone === 'mitigated') && (TRY_FAILED.test(rest(span)) || /^\W*nothing\b/i.test(entry.prose.slice(span[1])))) ||
    // "Corrected sync rule tested against 50 test accounts overnight. All good.": the fix tried out, not service back.
    (milestone === 'resolved' && /^\W*all (?:good|working)\b/i.test(entry.prose.slice(span[0], span[1])) && TRIED_OUT.test(sentenceBefore(entry.prose, span[0]))) ||
    (milestone === 'triaged' && (CONFIRMS_RECOVERY.test(rest(span)) || CONFIRMS_ABSENCE.test(rest(span)))) ||
    // "PSAPP03 back. Lincoln confirms", "App working again (confirmed with Marisol by phone)": a confirmation of nothing
    // more than with whom confirms what the entry said before it.
    (milestone === 'triaged' && /^\W*(?:(?:with|by|via|over|on) (?:(?!\b(?:that|cause[sd]?|because|root|why|whether)\b)[^.;!?])*)?$/.test(rest(span)) && WORDING.resolved.weak!.test(entry.prose.slice(0, span[0]))) ||
    // "Confirms the relay password was rotated on 15 Sept": a fix on another day, told as the cause or the background.
    ((milestone === 'resolved' || milestone === 'mitigated') && (doneOnAnotherDay(entry, rest(span)) || doneAtAnotherClock(entry, entry.prose.slice(span[1])))) ||
    (milestone === 'mitigated' && (NO_EFFECT.test(entry.prose.slice(span[1], span[1] + 200)) || STILL_GOING_OUT.test(entry.prose.slice(span[1])) || FAILED_AND.test(entry.prose.slice(Math.max(0, span[0] - 40), span[0])))) ||
    (milestone === 'detected' && UNSEEN.test(entry.prose.slice(Math.max(0, span[0] - 12), span[1] + 200))) ||
    // "No alarm: the monitoring system raises an alarm on a failed track, not ...": the alerting told of, not a page.
    (milestone === 'detected' && /\b(?:alarm|alert)/i.test(entry.prose.slice(span[0], span[1])) && NOT_ALARMED.test(entry.prose.slice(Math.max(0, span[0] - 40), span[0]))) ||
    // "Researcher notices that an expired link still downloads": someone outside noticing; the team learns of it
    // when they report it.
    (milestone === 'detected' && NOTICED.test(entry.prose.slice(span[0], span[1])) && OUTSIDER_BEFORE.test(entry.prose.slice(Math.max(0, span[0] - 120), span[0]).replace(/\([^()]*\)/g, ''))) ||
    // "ack, looking. declaring incident, Head of Payments Ops paged": a page sent by the one who answered is an
    // escalation, not how the team learnt of it.
    (milestone === 'detected' && /\bpag(?:ed|es)\b/i.test(entry.prose.slice(span[0], span[1])) && ANSWERED_BEFORE.test(entry.prose.slice(0, span[0]))) ||
    // "Launches begin failing again": the impact began before; this is its return.
    (milestone === 'started' && /^\W*again\b/i.test(rest(span))) ||
    // "System   Incident created, P3, assigned to B2B Integration": a ticket a tool opened, no one answering.
    (milestone === 'acknowledged' && BY_A_TOOL.test(entry.prose.slice(0, span[0]))) ||
    // "Auto-acknowledged by the ticketing system": a receipt, no one answering.
    (milestone === 'acknowledged' && (/\bauto-?$/i.test(entry.prose.slice(Math.max(0, span[0] - 5), span[0])) || ACKED_BY_A_TOOL.test(entry.prose.slice(span[1], span[1] + 40))));
  if (strongSpan && takenBack(strongSpan)) return { score: 0 };
  // What piled up while service was out, all handled: the end of impact for those it held back, though not one the
  // author goes on to declare ("Reprocessing complete", then "Incident resolved").
  if (!strongSpan && milestone === 'resolved') {
    const cleared = claimSpan(BACKLOG_CLEARED, entry.prose);
    if (cleared && !BUT_NOT.test(entry.prose.slice(cleared[1]).split(/[.;](?=\s|$)/, 1)[0])) return { score: 2 * SCORE.strong - SCORE.unsettled, span: cleared };
  }
  // An alert clearing ("[RESOLVED] RedisEvictionsNonZero", "PagerDuty: resolved") or a status page marked resolved
  // repeats in a tool what happened elsewhere: service may be back, but the entry that says so says it first.
  // A chat message's words have lost their brackets: the pager's "[RESOLVED] UPI success rate" is "RESOLVED UPI ...".
  if (strongSpan && milestone === 'resolved' && (RESOLUTION_ECHOED.test(entry.prose) || PAGER_TAG.test(entry.prose)) && !claimSpan(strong, entry.prose.replace(RESOLUTION_ECHOES, ' ').replace(PAGER_TAG, ' '))) return { score: SCORE.weak, span: strongSpan };
  // A resolution stated outright ends the incident: what follows it is follow-up, however many milestone words it has.
  if (strongSpan) return { score: milestone === 'resolved' ? 2 * SCORE.strong : SCORE.strong, span: strongSpan };
  // "Nothing alerts: the 4xx alert excludes 429s": the alert named is one that did not fire.
  if (milestone === 'detected' && NO_ALERT.test(entry.prose)) return { score: 0 };
  const weakSpan = weak && claimSpan(weak, entry.prose);
  if (weakSpan && milestone === 'resolved' && STILL_UNSETTLED.test(entry.prose.slice(weakSpan[1])) && !takenBack(weakSpan)) return { score: SCORE.unsettled, span: weakSpan };
  return weakSpan && !takenBack(weakSpan) && !inBracketOfAnotherDay(entry, weakSpan) ? { score: SCORE.weak, span: weakSpan } : { score: 0 };
}

/** A fix tried out on a test bed: "tested against 50 test accounts", "verified in staging", "dry run"; not "with real accounts". */
const TRIED_OUT = /\b(?:in|on|against|with) (?:staging|(?:a |the )?test (?:environment|cluster|tenant|accounts?|users?|mailboxes|data)|\d+ test (?:accounts?|users?|mailboxes))\b|\bdry[- ]run\b/i;
/** The sentence a claim at `at` stands in, up to it; a bare verdict's ("... test accounts. All good.") the one before too. */
function sentenceBefore(prose: string, at: number): string {
  const sentences = prose.slice(0, at).split(/(?<=[.!?])\s+/);
  const current = sentences[sentences.length - 1];
  return current.trim().length < 5 && sentences.length > 1 ? `${sentences[sentences.length - 2]} ${current}` : current;
}

/** "No alarm: the monitoring system raises an alarm ...": the alarm told of is one that did not come. */
const NOT_ALARMED = /\bno (?:alerts?|alarms?)\s*:[^.;]*$/i;
const ACKED_BY_A_TOOL = /^\s+(?:automatically|by (?:the |an? )?(?:ticketing system|ticketing tool|auto-?responder|(?:system|bot)(?=\s*(?:[.,;)]|$))))/i;

/** An entry opening with a tool as its actor ("System", "Event Mgmt", "Opsgenie", "bot"), the words before a claim. */
const BY_A_TOOL = /^\W*(?:system|bot|automation|auto(?:mated|matic)?|monitoring|event mgmt|servicenow|opsgenie|pagerduty|alertmanager|jira)\b(?:\s*\([^()]*\))?[\s:—–-]*$/i;

const ANSWERED_BEFORE = /(?:^|:\s+|\b(?:I|we|she|he|they)\s+)\W*ack(?:ed|s)?\b|\b(?:acknowledged|acknowledges|declar(?:ed|es|ing) (?:an |the |a )?(?:[\w-]+ )?incident)\b/i;

/** An entry saying the step before it did nothing: "... remain elevated despite rollback", "no change after the restart". */
const DID_NOTHING = new RegExp(String.raw`\b(?:despite|even after) (?:the |our |a )?(?:[\w-]+ )?(?:rollback|roll-?back|revert|restart|failover|fix|change|mitigation)\b|^\W*(?:[\w'’-]+\s+){0,2}?(?:${NO_EFFECT.source}|(?:remains?|remained) (?:failing|down|broken|elevated|degraded)\b)`, 'i');

/** Less than any difference of two scores: added to one, it only breaks ties. */
const TIE_BREAK = 0.25;

const GO_NO_GO = /\bgo\s*\/\s*no[- ]?go\b/i;

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const ACKNOWLEDGED = MILESTONES.indexOf('acknowledged');
const TRIAGED = MILESTONES.indexOf('triaged');
const RESOLVED = MILESTONES.indexOf('resolved');

/**
 * The scores of every milestone on one entry. Words count for one milestone only: where two milestones' wording
 * overlaps ("Root cause detected" is identified, not also detected), the longer wording keeps it. Except a declaration
 * with its level ("Major incident declared, P1"): the team taking it on and its assessment, both.
 */
function scoresOf(entry: TimelineEntry): number[] {
  // "We kept watching, restarted the pods one by one, and closed the incident at 15:40": the wrap-up of an incident
  // already over; its actions are follow-up, not its mitigation.
  const closing = !entry.markedMilestone && CLOSES_INCIDENT.test(entry.prose);
  // "Go/no-go: fix the delay live vs. fail back": a decision point weighs the fixes; none is done yet.
  const deciding = !entry.markedMilestone && GO_NO_GO.test(entry.prose);
  // "Disk alert fires on the batch host, not related to this incident": another event's words, no milestone.
  const unrelated = !entry.markedMilestone && UNRELATED.test(entry.prose);
  const claims = MILESTONES.map((m) => (unrelated || (closing && m !== 'resolved') || (deciding && (m === 'mitigated' || m === 'resolved')) ? { score: 0 } : claimOf(entry, m)));
  return claims.map((claim, m) => {
    const [from, to] = claim.span ?? [0, 0];
    const overlapped = claims.some(
      (other, o) => o !== m && other.span && other.score > 0 && other.span[0] < to && from < other.span[1] && other.span[1] - other.span[0] > to - from && !bothDeclared(m, o),
    );
    return claim.span && overlapped ? 0 : claim.score;
  });
}

const bothDeclared = (m: number, o: number) => (m === ACKNOWLEDGED && o === TRIAGED) || (m === TRIAGED && o === ACKNOWLEDGED);

/** What an entry's wording says for the assignment: its score for each milestone, and whether it tells of a recurrence. */
interface EntryWording {
  scores: readonly number[];
  recurs: boolean;
}

// An entry's wording is read by its marker and wording only: a keystroke reads again only the entries it changed. One
// memo per marker (a milestone's name, or none), keyed by the wording alone: a table cell's text, which the memoised
// cells share from version to version, so a lookup builds no key and hashes no text again.
const WORDINGS = new Map<string, TextMemo<EntryWording>>();

function wordingOf(entry: TimelineEntry): EntryWording {
  // By a memoised table row's reading: found without hashing its text (a lookup by text was 2 ms of a 1 MB
  // post-mortem's keystroke).
  const byReading = memosBypassed() ? undefined : entry.readingKey;
  const kept = byReading && WORDING_BY_READING.get(byReading);
  if (kept?.prose === entry.prose && kept.marker === entry.markedMilestone) return kept.value;
  const marker = entry.markedMilestone ?? '';
  let memo = WORDINGS.get(marker);
  if (!memo) WORDINGS.set(marker, (memo = new TextMemo()));
  const value = memo.get(entry.prose, () => ({ scores: scoresOf(entry), recurs: recursIn(entry.prose) }));
  if (byReading) WORDING_BY_READING.set(byReading, { prose: entry.prose, marker: entry.markedMilestone, value });
  return value;
}

/** The wording of an entry by its memoised reading (`readingKey`), with the text and marker it was read from. */
const WORDING_BY_READING = new WeakMap<object, { prose: string; marker: string | undefined; value: EntryWording }>();
/** Entries scored between two steps of the assignment: a few milliseconds' work when none was scored before. */
const SCORED_PER_STEP = 500;

const spanOf = (match: RegExpExecArray | RegExpMatchArray): [number, number] => [match.index!, match.index! + match[0].length];
const GLOBAL = new Map<RegExp, RegExp>();

/** Where the wording is, when it is there and not negated or hedged in the words before it. */
function claimSpan(pattern: RegExp, text: string): [number, number] | undefined {
  if (!pattern.test(text)) return undefined;
  let global = GLOBAL.get(pattern);
  if (!global) GLOBAL.set(pattern, (global = new RegExp(pattern.source, `${pattern.flags}g`)));
  for (const match of matchesOf(global, text)) {
    // Not split inside a number ("2.8.0 files yanked" is no "0 files").
    const clause = text.slice(Math.max(0, match.index - 80), match.index).split(/[;!?()；！？（）。，：]|[.,:](?!\d)/).pop() ?? '';
    if (!NEGATED_OR_HEDGED.test(clause)) return spanOf(match);
  }
  return undefined;
}

/**
 * Marks each milestone on at most one entry, as one consistent assignment over the whole timeline: milestones in
 * their order (started, detected, ... resolved) on entries in time order, choosing the assignment whose wording is
 * strongest overall (the author's markers first, then capitals, strong and weak wording), and among equals the
 * earliest entries. A weak wording early on therefore never hides an explicit marker later. In steps (the sort,
 * the scoring).
 */
export function* assignMilestones(entries: TimelineEntry[]): Generator<void, void> {
  const timed = entries.map((entry, position) => ({ entry, position })).filter(({ entry }) => entry.instant && !entry.unreadable);
  // Undated timelines keep the written order; otherwise time order (stable, so equal times keep theirs).
  timed.sort((a, b) => a.entry.instant!.toMillis() - b.entry.instant!.toMillis() || a.position - b.position);
  // Copies: the assignment below changes them, and the memo's are shared.
  const perEntry: number[][] = [];
  let lastRecurrence = -1;
  for (const { entry } of timed) {
    if (perEntry.length % SCORED_PER_STEP === 0) yield;
    const { scores, recurs } = wordingOf(entry);
    if (recurs) lastRecurrence = perEntry.length;
    perEntry.push(scores.slice());
  }
  // Impact cannot begin after the team learned of it: wording of impact after the first clear detection tells of an
  // impact already under way ("a customer reports their site is down").
  const STARTED = MILESTONES.indexOf('started');
  const DETECTED = MILESTONES.indexOf('detected');
  const firstDetection = perEntry.findIndex((entryScores) => entryScores[DETECTED] >= SCORE.strong);
  // The author's own marker ("outage begins", after a degradation was seen) stays a candidate for the start.
  if (firstDetection >= 0) for (let i = firstDetection + 1; i < perEntry.length; i++) if (perEntry[i][STARTED] < SCORE.explicit) perEntry[i][STARTED] = 0;
  // "Immediate rollback initiated and completed", then "Error rates remain elevated despite rollback" or "reboot
  // didn't fix it": a mitigation the next entry says did nothing.
  const MITIGATED = MILESTONES.indexOf('mitigated');
  for (let i = 0; i + 1 < perEntry.length; i++) if (perEntry[i][MITIGATED] > 0 && perEntry[i][MITIGATED] < SCORE.explicit && DID_NOTHING.test(timed[i + 1].entry.prose)) perEntry[i][MITIGATED] = 0;
  // Service is not back while the failure recurs ("AP node fails again"): nothing up to the last recurrence resolves.
  for (let i = 0; i <= lastRecurrence; i++) perEntry[i][RESOLVED] = 0;
  // Nothing mitigates an impact the author has said was over ("Outage over.", "Impact ends."): what follows is follow-up.
  const saidOver = perEntry.findIndex((entryScores, i) => i > lastRecurrence && entryScores[RESOLVED] > 2 * SCORE.strong);
  if (saidOver >= 0) for (let i = saidOver + 1; i < perEntry.length; i++) perEntry[i][MITIGATED] = 0;
  // Service said back, then an entry a day or more after the one before it ("### Monday" three days on: "fix merged,
  // prune disabled, `infra` resumed"): follow-up, which mitigates nothing and whose weak words resolve nothing.
  const saidBack = perEntry.findIndex((entryScores, i) => i > lastRecurrence && entryScores[RESOLVED] > 0);
  for (let i = Math.max(saidBack + 1, 1); saidBack >= 0 && i < perEntry.length; i++) {
    if (timed[i].entry.instant!.toMillis() - timed[i - 1].entry.instant!.toMillis() < DAY_MS) continue;
    for (let k = i; k < perEntry.length; k++) {
      if (perEntry[k][MITIGATED] < SCORE.explicit) perEntry[k][MITIGATED] = 0;
      if (perEntry[k][RESOLVED] <= SCORE.weak) perEntry[k][RESOLVED] = 0;
    }
    break;
  }
  // Mitigation may come before the root cause is found (rolled back first, understood later) when the author says
  // so plainly ("Outage mitigated."): that order is tried too, the domain's winning a tie.
  const canonical = MILESTONES.map((_, m) => m);
  const IDENTIFIED = MILESTONES.indexOf('identified');
  const swapped = canonical.map((m) => (m === IDENTIFIED ? MITIGATED : m === MITIGATED ? IDENTIFIED : m));
  // An acknowledgement wins a tie with the triage its order excludes ("confirms with curl ... Pages Lin" at 21:09, "Lin
  // acknowledges" at 21:15): time to acknowledge is a figure teams count; triage is optional.
  const scoresIn = (order: number[], plainMitigation: boolean) =>
    order.map((m) => perEntry.map((entryScores) => (m === MITIGATED && plainMitigation && entryScores[m] < SCORE.strong ? 0 : m === ACKNOWLEDGED && entryScores[m] > 0 ? entryScores[m] + TIE_BREAK : entryScores[m])));
  const [first, second] = [bestAssignment(scoresIn(canonical, false)), bestAssignment(scoresIn(swapped, true))];
  const [order, chosen] = second.total > first.total ? [swapped, second] : [canonical, first];
  chosen.picks.forEach((i, k) => {
    if (i < 0) return;
    const m = order[k];
    const entry = timed[i].entry;
    if (entry.milestone === undefined) {
      entry.milestone = MILESTONES[m];
      entry.milestoneWeak = perEntry[i][m] <= SCORE.weak && !(MILESTONES[m] === 'resolved' && SERVICE_RESTORED_LABEL.test(entry.prose));
    } else entry.alsoMilestones.push(MILESTONES[m]);
  });
  const ordered = timed.map(({ entry }) => entry);
  keepResolutionClose(ordered, lastRecurrence);
  resolutionDeclaredAfterImpactEnd(ordered);
}

/**
 * "12:10 ... **Impact ends.**", then "12:25 Status page resolved." or "### 14:40 UTC — resolved": the author tells the
 * end of impact and the resolution apart, so the resolution is the later entry that says "resolved" within the hour,
 * as the seed declares it ten minutes after service came back; the impact still ends where the author said
 * (`impactEndedBefore`). Declared later than that, the resolution is paperwork (`keepResolutionClose`).
 */
function resolutionDeclaredAfterImpactEnd(ordered: TimelineEntry[]): void {
  const endedAt = ordered.findIndex((e) => e.milestone === 'resolved' || e.alsoMilestones.includes('resolved'));
  if (endedAt < 0) return;
  const ended = ordered[endedAt];
  if (wordingOf(ended).scores[RESOLVED] < SCORE.explicit + 2 || claimSpan(WORDING.resolved.strong, ended.prose)) return;
  const until = ended.instant!.toMillis() + HOUR_MS;
  const declared = ordered.find((e, i) => i > endedAt && e.instant!.toMillis() <= until && !e.milestone && claimOf(e, 'resolved').score > 0 && claimSpan(SAYS_RESOLVED, e.prose) !== undefined);
  if (!declared) return;
  if (ended.milestone === 'resolved') {
    ended.milestone = ended.alsoMilestones.shift() as Milestone | undefined;
    ended.milestoneWeak = false;
  } else ended.alsoMilestones.splice(ended.alsoMilestones.indexOf('resolved'), 1);
  declared.milestone = 'resolved';
}

const SAYS_RESOLVED = /\bresolved\b/i;

/**
 * The best assignment of milestones, in the order of `scores` (one row per milestone, one score per entry in time
 * order), to entries in order: each milestone on one entry or left out, the next milestone on the same entry or a
 * later one. Returns the total score and each milestone's entry (-1: left out); among equal totals, earliest entries.
 */
function bestAssignment(scores: number[][]): { total: number; picks: number[] } {
  const count = scores.length;
  const n = scores[0]?.length ?? 0;
  // best[m][i]: the best total for milestones m.. using entries i..; each milestone may also be left out.
  const best: number[][] = scores.map(() => new Array<number>(n + 1).fill(0));
  const take: boolean[][] = scores.map(() => new Array<boolean>(n + 1).fill(false));
  const total = (m: number, i: number) => (m >= count ? 0 : best[m][i]);
  for (let m = count - 1; m >= 0; m--) {
    for (let i = n - 1; i >= 0; i--) {
      const skipEntry = best[m][i + 1];
      const skipMilestone = total(m + 1, i);
      // The next milestone may be on the same entry: "Site is hard down, engineers respond to alarms".
      const here = scores[m][i] > 0 ? scores[m][i] + total(m + 1, i) : -1;
      // Ties go to taking the milestone here: the earliest entry that names it.
      if (here > 0 && here >= skipEntry && here >= skipMilestone) {
        best[m][i] = here;
        take[m][i] = true;
      } else best[m][i] = Math.max(skipEntry, skipMilestone);
    }
  }
  const picks = new Array<number>(count).fill(-1);
  let i = 0;
  for (let m = 0; m < count && i < n; ) {
    if (take[m][i]) picks[m++] = i;
    else if (best[m][i] === total(m + 1, i)) m++;
    else i++;
  }
  return { total: total(0, 0), picks };
}

/**
 * A timeline of more than one outage: the failure happening again, or outages numbered ("**Outage 2 starts.**",
 * "second outage"). A figure counted from "the start" may then be one outage's, or their sum.
 */
export function tellsOfSeveralOutages(entries: TimelineEntry[]): boolean {
  return entries.some((entry) => RECURS.test(entry.prose) || NUMBERED_OUTAGE.test(entry.prose));
}

const NUMBERED_OUTAGE = /\b(?:outage|window|episode|occurrence|incident)\s*#?\s*[2-9]\b(?!\.\d)|\b(?:second|third) (?:outage|window|episode|occurrence)\b/i;

/**
 * The failure happening again: "fails again", "faults again", "went down again", "Checkout down again", "lag climbing
 * again" (not "back down again"), or the incident reopened.
 */
/** Whether the entry tells the failure happening again, not one feared ("in case errors climb again", "If lag grows again, page"). */
function recursIn(prose: string): boolean {
  const span = claimSpan(RECURS, prose);
  return span !== undefined && !FEARED.test(prose.slice(Math.max(0, span[0] - 60), span[0]));
}
const FEARED = /\b(?:in case|if|should|unless|whether|so that|lest|might|could|would|may|watch for|to catch)\b[^.;]*$/i;

const RECURS =
  /\b(?:fail(?:s|ed|ing)?|faults?|faulted|faulting|trips|tripped|tripping|(?<!\bback\s)(?:(?:goes|went|is|was|are|were)\s+)?down|crash(?:es|ed|ing)?|stall(?:s|ed|ing)?|halt(?:s|ed)?|breaks|broke|erroring|(?:climb|rise|spike|grow)s?|rose|grew|spiked|climbed|climbing|rising|spiking|growing|exhausted|saturated)\s+again\b|\b(?:incident|inc-\d+)\s+(?:(?:is|was|gets|got)\s+)?re-?opened\b|\bre-?open(?:s|ed)\s+(?:the\s+)?(?:incident|inc-\d+)/i;

/**
 * A resolution declared long after service came back is the end of the paperwork, not of the impact: the entry
 * that says service is back ends it instead (one after the failure last recurred).
 */
function keepResolutionClose(ordered: TimelineEntry[], lastRecurrence: number): void {
  const resolvedAt = ordered.findIndex((e) => e.milestone === 'resolved');
  // The author's marker or capitals ("INCIDENT ENDS") say where it ended.
  if (resolvedAt < 0 || claimOf(ordered[resolvedAt], 'resolved').score >= SCORE.shouted) return;
  // A declaration that itself says service is back ("queue back to normal ... Resolved.", "Backlog fully drained") is
  // the return of service.
  if (claimSpan(WORDING.resolved.weak!, ordered[resolvedAt].prose) !== undefined || claimSpan(BACKLOG_CLEARED, ordered[resolvedAt].prose) !== undefined) return;
  // Service may come back at the mitigation itself ("Error rates back to baseline. Incident mitigated."), not before it.
  const mitigationOnly = (e: TimelineEntry) => e.milestone === 'mitigated' && e.alsoMilestones.length === 0;
  // Nor up to the failure's last return ("Errors climb again (second wave)"): a return before it did not last.
  let floor = lastRecurrence;
  for (let i = 0; i < resolvedAt; i++) if (ordered[i].milestone !== undefined) floor = Math.max(lastRecurrence, mitigationOnly(ordered[i]) ? i - 1 : i);
  // Not one whose return its own words take back ("back online; ... paths still dead") or leave unsettled ("... still
  // affected"); a backlog worked off says it too.
  const back = ordered.findIndex((e, i) => i > floor && i < resolvedAt && (!e.milestone || mitigationOnly(e)) && (claimSpan(WORDING.resolved.weak!, e.prose) !== undefined || claimSpan(BACKLOG_CLEARED, e.prose) !== undefined) && claimOf(e, 'resolved').score > SCORE.unsettled);
  if (back < 0) return;
  // Declared within the hour, the declaration is the author's end of impact (the seed: restored 14:20, resolved
  // 14:30, "30 minutes"); at the same minute the restoration says it first.
  const gapMinutes = (ordered[resolvedAt].instant!.toMillis() - ordered[back].instant!.toMillis()) / 60_000;
  if (gapMinutes > 0 && gapMinutes <= 60 && !onlyClosed(ordered[resolvedAt]) && !AFTER_WATCHING.test(ordered[resolvedAt].prose)) return;
  ordered[resolvedAt].milestone = undefined;
  if (ordered[back].milestone === 'mitigated') ordered[back].alsoMilestones.push('resolved');
  else {
    ordered[back].milestone = 'resolved';
    ordered[back].milestoneWeak = !SERVICE_RESTORED_LABEL.test(ordered[back].prose);
  }
}

/**
 * Service back, as the author labels the entry ("SR back to 97%+, timeout counts normal. Service restored"): wording
 * weak alone, but figures counted to it are no estimate.
 */
const SERVICE_RESTORED_LABEL = closing('Service (?:fully )?restored');

/** "Incident closed after one hour of stable monitoring", "closed after monitoring period": service was back before it. */
const AFTER_WATCHING = /\bafter (?:(?:an?|one|two|three|\d+)[ -](?:hours?|minutes?|mins?|days?) of (?:stable |clean |quiet )?(?:monitoring|observation|watching)|(?:an? |the )?(?:stable |clean |quiet )?(?:monitoring|observation) (?:period|window))\b/i;

/**
 * Whether an entry's only word of resolution is its closure ("we called the incident over"): the paperwork's end
 * however soon it came, where "Status page: Resolved. Incident closed." also declares the resolution.
 */
function onlyClosed(entry: TimelineEntry): boolean {
  const closure = CLOSES_INCIDENT.exec(entry.prose);
  const span = claimOf(entry, 'resolved').span;
  return closure !== null && span !== undefined && span[0] >= closure.index && span[1] <= closure.index + closure[0].length;
}

/** The readable entries whose written time is this hour and minute. */
export function entriesAtClock(entries: TimelineEntry[], time: { hour: number; minute: number }): TimelineEntry[] {
  return entries.filter((e) => e.instant && !e.unreadable && e.stamp?.time?.hour === time.hour && e.stamp.time.minute === time.minute);
}

/**
 * The author's own window of impact ("unable to access the application from 14:00-14:30") says when it started: the
 * entry at the window's first time, when no entry says so in words and it is not after the detection.
 */
export function markStatedStart(entries: TimelineEntry[], window: { hour: number; minute: number } | undefined): void {
  if (!window) return;
  const { at } = landmarksOf(entries);
  const detected = at('detected');
  if (at('started')) return;
  const entry = entriesAtClock(entries, window)[0];
  if (!entry || (detected && entry.instant!.toMillis() > detected.instant!.toMillis())) return;
  if (entry.milestone === undefined) entry.milestone = 'started';
  else entry.alsoMilestones.unshift('started');
}

/**
 * The author's own time to detect ("Time to detection: 7 hours") says when impact began, when no entry says so in
 * words: the one entry that far before the detection, within the figure's rounding. An estimate (weak), as the figure
 * may have been counted from elsewhere; none when no entry or several are that far, when the entry is someone's
 * routine (a shift handed over), or when the change that went out before the detection (markChangeAsStart) agrees
 * with as many of the author's figures.
 */
export function markStartBeforeDetection(entries: TimelineEntry[], figures: readonly StatedLength[]): void {
  const detection = figures.filter((f) => f.kind === 'detect');
  // One figure, or several that agree; not "0 minutes", which says the detection was the start.
  if (detection.length === 0 || detection.some((f) => f.minutes !== detection[0].minutes) || detection[0].minutes < 1) return;
  const { at } = landmarksOf(entries);
  const detected = at('detected');
  if (at('started') || !detected) return;
  const expected = detected.instant!.toMillis() - detection[0].minutes * 60_000;
  const near = entries.filter((e) => hasClockTime(e) && e !== detected && e.instant!.toMillis() < detected.instant!.toMillis() && Math.abs(e.instant!.toMillis() - expected) <= detection[0].rounding * 60_000);
  if (near.length !== 1 || near[0].milestone || ROUTINE.test(near[0].prose)) return;
  const change = changeGoingOut(entries, detected);
  if (change && agreeingFigures(change, figures, at) >= agreeingFigures(near[0], figures, at)) return;
  near[0].milestone = 'started';
  near[0].milestoneWeak = true;
}

/** Someone's routine, not an event of the system: a shift handed over, a person arriving or leaving, a meeting, a drill. */
const ROUTINE = /\b(?:shift|hand(?:s|ed)? ?over|handover|joins|joined|leaves|left for|arrives|arrived|meeting|stand-?up|lunch|dinner|break|drill|exercise|as (?:planned|scheduled))\b/i;

/** How many of the author's lengths counted from `start` agree with the timeline's milestones. */
function agreeingFigures(start: TimelineEntry, figures: readonly StatedLength[], at: (milestone: Milestone) => TimelineEntry | undefined): number {
  const ends: Record<StatedLength['kind'], Milestone[]> = { detect: ['detected'], identify: ['identified'], mitigate: ['mitigated'], resolve: ['resolved', 'mitigated'], impact: ['resolved', 'mitigated'] };
  return figures.filter((f) =>
    ends[f.kind].some((milestone) => {
      const end = at(milestone);
      return end !== undefined && Math.abs((end.instant!.toMillis() - start.instant!.toMillis()) / 60_000 - f.minutes) <= f.tolerance;
    }),
  ).length;
}

/**
 * A change going out to users: deployed, released, applied, pushed, updated, taking effect. Not a merge or a plan, nor
 * updates only staged or downloaded.
 */
const CHANGE_GOES_OUT = /\b(deploy(?:ed|s)?(?! (?:pipelines?|jobs?|workflows?|queues?|runs?|starts|started|begins|began|queued|triggered|kicked off)\b)|released|releases|rolled out|rolls out|applied|applies|(?:took|takes?) effect|pushed|pushes|(?<!\b(?:the|an?|and|with|new) )(?:updated|upgraded)|(?:updates|upgrades)(?!\s+(?:(?:are|were|was|is|been)\s+)?(?:staged|downloaded|queued|scheduled|pending|available|approved|planned|prepared)\b(?![^.;\n]*\b(?:install(?:s|ed)?|applied|appl(?:y|ies)|rolled out|took effect|went out|reboot(?:s|ed)?)\b))|shipped|ships|published|publishes|uploaded|uploads)\b/i;
/** What is updated or pushed to tell people, not to change the system (a status page, a ticket), or goes where no user is. */
const NOT_TO_USERS = /\b(status ?page|statuspage|ticket|issue|thread|channel|announcement|blog|post|email|e-mail|message|customers?|users?|stakeholders?|docs?|documentation|non-?production|staging|test(?:ing)? (?:environment|cluster)|dev(?:elopment)? (?:environment|cluster))\b/i;

/**
 * With no entry saying when impact began, the first change that went out before the team learned of the problem is
 * the start ("Deploy timeout handling change", then "Monitoring detects increased error rates"): the cause and with it
 * the first moment of impact. It is an estimate (weak): figures resting on it are not used to accuse a stated figure.
 */
export function markChangeAsStart(entries: TimelineEntry[]): void {
  const { at } = landmarksOf(entries);
  const detected = at('detected');
  if (at('started') || !detected) return;
  const change = changeGoingOut(entries, detected);
  if (!change) return;
  change.milestone = 'started';
  change.milestoneWeak = true;
}

/** The first change that went out to users before the detection, on an entry with no milestone. */
function changeGoingOut(entries: TimelineEntry[], detected: TimelineEntry): TimelineEntry | undefined {
  return entries.find((e) => hasClockTime(e) && e.instant!.toMillis() < detected.instant!.toMillis() && !e.milestone && claimSpan(CHANGE_GOES_OUT, e.prose) && !NOT_TO_USERS.test(e.prose));
}

/** Durations in minutes, per ../shared/docs/domain.md; null when a milestone or time is missing or not sane. */
export interface Durations {
  detectMinutes: number | null;
  acknowledgeMinutes: number | null;
  triageMinutes: number | null;
  identifyMinutes: number | null;
  mitigateMinutes: number | null;
  resolveMinutes: number | null;
  impactMinutes: number | null;
  totalMinutes: number | null;
  /** True when no entry says when impact started: the figures counted from the start are not given. */
  startUnknown: boolean;
  /** The entries each figure was computed from. */
  basis: Partial<Record<DurationKind, { from: TimelineEntry; to: TimelineEntry }>>;
  /** Figures taken from the document's own statement, because its timeline cannot give them with confidence. */
  stated: DurationKind[];
}

/** A figure counted from or to an entry read from weak wording or an approximate time: an estimate, which accuses no one. */
export function isEstimate(durations: Durations, kind: DurationKind): boolean {
  const basis = durations.basis[kind];
  return basis !== undefined && [basis.from, basis.to].some((e) => e.milestoneWeak || e.approximate);
}

/** Longer than this, a figure is a misreading (a lead-up event weeks before, a wrong year), not an outage. */
const LONGEST_MINUTES = 31 * 24 * 60;
/** Someone answers a page within hours; an "acknowledgement" a day or more later belongs to a later phase. */
const LONGEST_ACKNOWLEDGE_MINUTES = 24 * 60;

/** The entries figures are counted from and to: the first with each milestone, the earliest, the latest, the start. */
export interface Landmarks {
  at: (milestone: Milestone) => TimelineEntry | undefined;
  first: TimelineEntry | undefined;
  last: TimelineEntry | undefined;
  /** When the impact began: the stated start, else the detection (impact had begun by then). */
  start: TimelineEntry | undefined;
  /**
   * A later entry also told as a start, before the detection ("archiver starts failing, nobody notices" days before
   * "writes start failing"): where authors who take the first failure for lead-up count from.
   */
  laterStart: TimelineEntry | undefined;
  /**
   * Later entries also told as the detection, before the acknowledgement ("08:44 Ana notices the declines", then "08:47
   * alert fires, pages on-call"): where authors who count detection from the page end it.
   */
  laterDetections: TimelineEntry[];
  /**
   * Service said to be back before the resolution was declared ("08:47 Service restored", "09:40 Incident
   * resolved"): the latest such entry after the mitigation, an end of impact authors count to.
   */
  restored: TimelineEntry | undefined;
  /**
   * A resolution declared after service came back ("18:30 After monitoring, the incident is resolved"), when the
   * return of service is read as the resolution: an end some authors count to.
   */
  declared: TimelineEntry | undefined;
  /**
   * Service said back to normal after the return of service was read as the resolution ("22:05 queue times were back
   * to their normal level"): the end of a slow tail some authors count the whole disruption to.
   */
  settled: TimelineEntry | undefined;
  /** The incident closed after service came back ("11:34 30 minutes of stable traffic, incident closed"): the end of the incident some authors count its duration to. */
  closed: TimelineEntry | undefined;
  /**
   * An entry before the resolution that says in so many words that the impact ended ("**Mitigated**, customer impact
   * over", "Outage ends"), when the resolution came later (a store release days after the flag flip): the impact's end.
   */
  impactEnded: TimelineEntry | undefined;
}

export function landmarksOf(entries: TimelineEntry[]): Landmarks {
  // Minutes need clock times: an entry dated to the day only gives no figure.
  const timed = entries.filter(hasClockTime);
  // Looked up many times (per stated figure): found once.
  const firstWith = new Map<Milestone, TimelineEntry>();
  const note = (m: Milestone | undefined, e: TimelineEntry) => {
    if (m && !firstWith.has(m)) firstWith.set(m, e);
  };
  // No array per entry: this runs over every entry several times per version.
  for (const e of timed) {
    note(e.milestone as Milestone | undefined, e);
    for (const m of e.alsoMilestones) note(m as Milestone, e);
  }
  const at = (milestone: Milestone) => firstWith.get(milestone);
  const first = timed.reduce<TimelineEntry | undefined>((a, e) => (!a || e.instant!.toMillis() < a.instant!.toMillis() ? e : a), undefined);
  // Not an entry the author says is another matter ("09:12 — unrelated TLS issue, not part of this incident").
  const last = timed.reduce<TimelineEntry | undefined>((a, e) => (!a || e.instant!.toMillis() >= a.instant!.toMillis()) && !UNRELATED.test(e.prose.split(/(?<=[.!?])\s/, 1)[0]) ? e : a, undefined);
  // Never a lead-up event: without a stated start, the detection.
  const start = at('started') ?? at('detected');
  const resolved = at('resolved');
  // Also a status page marked resolved, which some authors count to.
  const afterResolved = (test: (entry: TimelineEntry) => boolean) => resolved && timed.find((e) => e.instant!.toMillis() > resolved.instant!.toMillis() && test(e));
  const declared = afterResolved((e) => claimOf(e, 'resolved').score >= SCORE.strong || RESOLUTION_ECHOED.test(e.prose));
  let laterStart: TimelineEntry | null | undefined = null;
  let laterDetections: TimelineEntry[] | undefined;
  return {
    at,
    first,
    last,
    start,
    // Read only for a stated figure (most callers never ask): a pass over the entries up to the detection.
    get laterStart() {
      if (laterStart === null) laterStart = laterStartOf(timed, at('started'), at('detected') ?? at('acknowledged'));
      return laterStart;
    },
    get laterDetections() {
      laterDetections ??= claimedBetween(timed, 'detected', at('detected'), at('acknowledged'));
      return laterDetections;
    },
    restored: restoredBefore(timed, resolved, at('mitigated') ?? start),
    declared,
    settled: afterResolved((e) => claimOf(e, 'resolved').score > 0 && (!declared || e.instant!.toMillis() < declared.instant!.toMillis())),
    closed: afterResolved((e) => CLOSES_INCIDENT.test(e.prose)),
    impactEnded: impactEndedBefore(timed, start, resolved),
  };
}

/** The entries after `from` and before `until` whose wording claims `milestone`. */
function claimedBetween(timed: TimelineEntry[], milestone: Milestone, from: TimelineEntry | undefined, until: TimelineEntry | undefined): TimelineEntry[] {
  if (!from || !until) return [];
  const [after, before] = [from.instant!.toMillis(), until.instant!.toMillis()];
  return timed.filter((e) => e.instant!.toMillis() > after && e.instant!.toMillis() < before && claimOf(e, milestone).score > 0);
}

// By time, not by place: a newest-first timeline lists the later entries first.
function impactEndedBefore(timed: TimelineEntry[], start: TimelineEntry | undefined, resolved: TimelineEntry | undefined): TimelineEntry | undefined {
  if (!start || !resolved) return undefined;
  const [from, until] = [start.instant!.toMillis(), resolved.instant!.toMillis()];
  return timed.find((e) => e !== resolved && e.instant!.toMillis() > from && e.instant!.toMillis() < until && wordingOf(e).scores[RESOLVED] >= SCORE.explicit + 2 && !claimSpan(WORDING.resolved.strong, e.prose));
}

function laterStartOf(timed: TimelineEntry[], started: TimelineEntry | undefined, detected: TimelineEntry | undefined): TimelineEntry | undefined {
  if (!started || !detected) return undefined;
  const STARTED = MILESTONES.indexOf('started');
  return latestWhere(timed, started.instant!.toMillis(), detected.instant!.toMillis(), (e) => e !== started && wordingOf(e).scores[STARTED] > 0);
}

function restoredBefore(timed: TimelineEntry[], resolved: TimelineEntry | undefined, after: TimelineEntry | undefined): TimelineEntry | undefined {
  if (!resolved || !after) return undefined;
  const [from, until] = [after.instant!.toMillis() + 1, resolved.instant!.toMillis() - 1];
  return latestWhere(timed, from, until, (e) => claimOf(e, 'resolved').score > 0);
}

/** The latest entry from `from` to `until` (ms, both included) that passes `test`, read latest first; of those at the same time, the last written. */
function latestWhere(timed: TimelineEntry[], from: number, until: number, test: (entry: TimelineEntry) => boolean): TimelineEntry | undefined {
  const within = timed.map((entry, position) => ({ entry, position })).filter(({ entry }) => entry.instant!.toMillis() >= from && entry.instant!.toMillis() <= until);
  within.sort((a, b) => b.entry.instant!.toMillis() - a.entry.instant!.toMillis() || b.position - a.position);
  return within.find(({ entry }) => test(entry))?.entry;
}

/**
 * Figures counted from the start need an entry that marks it. The detection is not one: on real post-mortems the
 * impact began before it far more often than not (a deploy, a crash no one saw), so a figure counted from it would
 * be wrong more often than right; the document's own statement of the figure stands instead.
 */
export function computeDurations(entries: TimelineEntry[]): Durations {
  const { at, last, impactEnded } = landmarksOf(entries);
  const start = at('started');
  const basis: Durations['basis'] = {};
  const end = at('resolved') ?? at('mitigated');
  // Service came back at a mitigation the author says plainly ("**Mitigated.**"); a resolution declared hours later
  // ("**Resolved** (full redundancy)") is not the end of impact, unless it says the impact ended ("**Outage ends.**")
  // or service came back then ("retour à la normale"); one declared within the hour may be the author's (the seed's).
  const mitigated = at('mitigated');
  const endsImpact = [WORDING.resolved.explicit!, WORDING.resolved.weak!, TRANSLATED.resolved!.explicit!];
  const declaredOnly = (entry: TimelineEntry) => SAYS_RESOLVED.test(entry.prose) && endsImpact.every((pattern) => !claimSpan(pattern, entry.prose));
  // Nor when a backlog was worked off in the hour before it ("Reprocessing complete", then "Incident resolved").
  const clearedJustBefore = (until: TimelineEntry) => entries.some((e) => hasClockTime(e) && e.instant!.toMillis() < until.instant!.toMillis() && e.instant!.toMillis() >= until.instant!.toMillis() - HOUR_MS && claimSpan(BACKLOG_CLEARED, e.prose) !== undefined);
  const mitigationEndedIt = mitigated && !mitigated.milestoneWeak && end && end.instant!.toMillis() - mitigated.instant!.toMillis() > HOUR_MS && declaredOnly(end) && !clearedJustBefore(end);
  const impactEnd = impactEnded ?? (mitigationEndedIt ? mitigated : end);
  const figure = (kind: DurationKind, from: TimelineEntry | undefined, to: TimelineEntry | undefined): number | null => {
    if (!from || !to) return null;
    const minutes = Math.round((to.instant!.toMillis() - from.instant!.toMillis()) / 60_000);
    if (minutes < 0 || minutes > (kind === 'acknowledge' ? LONGEST_ACKNOWLEDGE_MINUTES : LONGEST_MINUTES)) return null;
    basis[kind] = { from, to };
    return minutes;
  };
  return {
    detectMinutes: figure('detect', start, at('detected')),
    acknowledgeMinutes: figure('acknowledge', at('detected'), at('acknowledged')),
    triageMinutes: figure('triage', start, at('triaged')),
    identifyMinutes: figure('identify', start, at('identified')),
    mitigateMinutes: figure('mitigate', start, at('mitigated')),
    resolveMinutes: figure('resolve', start, at('resolved')),
    impactMinutes: figure('impact', start, impactEnd),
    // Full resolution: to the last follow-up after service came back, when the timeline goes on after it, and only
    // when that last entry has a time: a later entry dated to the day only, or unreadable, ends it when we cannot say.
    totalMinutes: end && !endsWithoutTime(entries, last) ? figure('total', start, last) : null,
    startUnknown: start === undefined,
    basis,
    stated: [],
  };
}

/** True when the timeline goes on after its last timed entry with entries whose time cannot be read or is not written. */
function endsWithoutTime(entries: TimelineEntry[], last: TimelineEntry | undefined): boolean {
  if (!last) return false;
  const lastWritten = entries[entries.length - 1];
  const laterDay = (e: TimelineEntry) => e.instant !== undefined && !e.stamp?.time && e.instant.toMillis() > last.instant!.toMillis();
  return entries.some(laterDay) || (entries.indexOf(last) < entries.length - 1 && (lastWritten.unreadable || !lastWritten.instant));
}

/** The error budget of an SLO over its window, and what this incident's downtime did to it. */
export interface ErrorBudget {
  sloPercent: number;
  /** Whether the document states the SLO; else it is the configured one (`postmortem.slo`, 99.9 % by default). */
  sloStated: boolean;
  windowMinutes: number;
  budgetMinutes: number;
  downtimeMinutes: number | null;
  availabilityPercent: number | null;
  breached: boolean | null;
}

export function computeErrorBudget(slo: { targetPercent: number; windowDays: number }, durations: Durations, sloStated = false): ErrorBudget {
  const windowMinutes = slo.windowDays * 24 * 60;
  const budgetMinutes = ((100 - slo.targetPercent) / 100) * windowMinutes;
  const downtime = durations.impactMinutes;
  return {
    sloPercent: slo.targetPercent,
    sloStated,
    windowMinutes,
    budgetMinutes: Math.round(budgetMinutes * 100) / 100,
    downtimeMinutes: downtime,
    availabilityPercent: downtime === null ? null : Math.round((100 - (100 * downtime) / windowMinutes) * 10_000) / 10_000,
    breached: downtime === null ? null : downtime > budgetMinutes,
  };
}
