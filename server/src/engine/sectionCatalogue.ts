/**
 * The sections a post-mortem has, with the names people really use for them (../shared/docs/domain.md).
 * A heading is recognised by its normalised text, so "## 3. Root Cause Analysis (RCA):" is `root-cause`.
 */
import { halfWidthBrackets, withoutParentheticals } from './parentheticals';
import { TextMemo } from './textMemo';

/** Every section kind, in the order of the seed's structure: where a new section belongs. */
export const SECTION_KINDS = [
  'summary',
  'timeline',
  'impact',
  'root-cause',
  'five-whys',
  'contributing-factors',
  'detection',
  'response',
  'resolution',
  'action-items',
  'lessons-learned',
  'prevention',
  'recommendations',
  'supporting-information',
  'related-incidents',
  'metrics',
  'acknowledgments',
  'sign-off',
  'appendix',
] as const;

export type SectionKind = (typeof SECTION_KINDS)[number];

interface SectionDefinition {
  /** The heading our own template uses; shown in messages and inserted by quick fixes. */
  title: string;
  synonyms: string[];
  /** Other kinds whose presence also counts as this section (five whys are a root-cause analysis). */
  satisfiedBy?: SectionKind[];
}

export const SECTION_CATALOGUE: Record<SectionKind, SectionDefinition> = {
  summary: {
    title: 'Executive Summary',
    synonyms: ['summary', 'issue summary', 'overview', 'tl;dr', 'tldr', 'quick facts', 'key facts', 'at a glance', 'incident summary', 'summary of incident', 'summary of the incident', 'summary of impact', 'impact summary', 'the short version', 'short version', 'in short', 'in brief', 'key facts', 'brief of the incident', 'incident brief', 'description', 'issue description', 'incident description', 'event description', 'description of the event', 'description of the incident', 'description of incident', 'description of the deviation', 'deviation description', 'description of the outage', 'outage description', 'synopsis', 'what happened', 'the incident', 'summary of events', 'incident overview', 'sammendrag', 'zusammenfassung', 'résumé', 'resume', 'synthèse', 'problem statement', 'problem description', 'problem', 'what', 'resumen', 'resumen ejecutivo', 'en corto', 'en resumen', 'resumo', 'resumo executivo', 'sumário', 'sommario', 'riepilogo', 'sintesi', 'samenvatting', 'wat er gebeurde', 'wat is er gebeurd', 'wat er is gebeurd', 'co się stało', 'co się właściwie stało', 'sommaire', 'overview of the incident', 'in a nutshell', 'podsumowanie', 'streszczenie', 'wersja skrócona', 'özet', 'kısaca', 'kurz', 'kurzfassung', 'in kürze', 'sammanfattning', 'resumo do incidente', 'sumário executivo', 'abstract', 'qué pasó', 'que pasó', 'o que aconteceu', 'kort fortalt', 'resumé', 'hvad skete der', 'problembeschreibung', 'ざっくり何が起きたか', 'hva skjedde', 'cosa è successo', 'in breve', 'was ist passiert', 'kurzbeschreibung', 'kurzfassung', '概要', '개요', '요약', '概述', '摘要', '故障概述', '事故概述', '故障概要', '故障描述', '问题描述', '故障简述', '事件概述', 'ringkasan', 'ringkasan insiden', 'ikhtisar', 'tóm tắt', 'tổng quan', 'кратко', 'краткое описание', 'резюме', 'описание', 'описание инцидента', 'что случилось', 'что произошло', 'サマリ', 'サマリー', 'エグゼクティブサマリー', '障害の概要', '事象の概要', '何が起きたか', '何があったか', '무슨 일이 있었나', '한 줄 요약', '장애 개요', '장애 현상', '障害概要', '事象', '현상'],
  },
  impact: {
    title: 'Impact',
    synonyms: ['customer impact', 'user impact', 'customer/user impact', 'affected users', 'customer impact window', 'what the customers saw', 'what customers saw', 'impact in numbers', 'impact by the numbers', 'by the numbers', 'key numbers', 'numbers', 'some numbers', 'the numbers', 'rough numbers', 'scope', 'business impact', 'impact assessment', 'impact and scope', 'impact on users', 'impact on customers', 'impact window', 'how much did it affect us', 'how did it affect us', 'who was affected and how', 'end user impact', 'outage description', 'what was impacted', 'what it cost us', 'what it cost', 'what was affected', 'impact analysis', 'incident impact', 'description of impact', 'detailed description of impact', 'who was affected', 'who was impacted', 'who got hit', 'who was hit', 'what was the impact', 'konsekvens', 'konsekvenser', 'auswirkungen', 'auswirkung', 'service impact', 'customer and service impact', 'impacto', 'impatto', 'påvirkning', 'cifras', 'the impact in numbers', 'tal', 'hvor mange ble berørt', 'numeri', 'gevolgen', 'wat is er geraakt', 'wat werd er geraakt', '几个数字', '一些数字', 'scope of impact', 'wpływ', 'skala', 'skutki', 'liczby', 'w liczbach', 'quick numbers', 'was anyone affected', 'etki', 'etkisi', 'etkisi ne oldu', 'folgen', 'welche folgen hatte die störung', 'wpływ na użytkowników', 'påverkan', 'auswirkungen auf kunden', 'what was exposed', 'what data was exposed', 'exposure', 'affected services', 'affected systems', 'affected products', 'what users saw', 'what customers saw', 'what users experienced', 'what customers experienced', 'user-facing impact', 'customer-facing impact', 'effects on customers', 'effect on customers', 'effects on users', 'effect on users', 'effects', '影響', '影響範囲', '영향', '영향 범위', '影响', '影响范围', '影响面', '故障影响', '业务影响', '影响评估', 'impacts', 'impact métier', 'impacts métier', 'impact client', 'impacts clients', 'dampak', 'dampak bisnis', 'ảnh hưởng', 'tác động', 'влияние', 'последствия', 'влияние на пользователей', 'масштаб влияния', 'ユーザー影響', 'ビジネス影響', '사용자 영향', '고객 영향', 'the damage', 'what this means for you', 'what it means for you', 'números', 'what it meant for us', 'what it meant for the business', 'consequences', 'consequences of the incident', 'extent', 'extent of the incident', 'extent of the impact', 'how long were we down', 'how long we were down', 'impacto pro cliente', 'impacto para o cliente', 'impacto para os clientes', 'impacto nos clientes', 'impacto no cliente', 'impacto ao cliente', 'impacto aos clientes', 'impacto no negócio', 'impacto para el cliente', 'impacto en los clientes', 'impacto en clientes'],
  },
  timeline: {
    title: 'Timeline',
    synonyms: ['incident timeline', 'chain of events', 'tidslinje', 'logg', 'hendelsesforløp', 'forløb', 'hændelsesforløb', 'zaman çizelgesi', 'key events', 'key moments', 'narrative', 'timeline of events', 'detailed timeline', 'sequence of events', 'sequence', 'course of events', 'course of the incident', 'timeline summary', 'events/timeline', 'events', 'reconstructing the timeline', 'timeline reconstruction', 'what happened, step by step', 'step by step', 'what happened step by step', 'day by day', 'hour by hour', 'what happened, day by day', 'what happened, hour by hour', 'día por día', 'reconstructed timeline', 'disclosure timeline', 'short timeline', 'brief timeline', 'rough timeline', 'zeitablauf', 'zeitleiste', 'zeitlicher ablauf', 'chronologie', 'how it unfolded', 'how it played out', 'chronology', 'chronology of events', 'cronología', 'cronologia', 'línea de tiempo', 'linha do tempo', 'línea de tiempo detallada', 'linha do tempo detalhada', 'cronología detallada', 'cronologia detalhada', 'ablauf', 'verlauf', 'zeitlicher verlauf', 'störungsverlauf', 'tijdlijn', '过程记录', '处理记录', 'chronology of response', 'running log', 'incident log', 'activity log', 'incident activity log', 'incident activity', 'work notes', 'event log', 'przebieg zdarzeń', 'oś czasu', 'händelseförlopp', 'tidslinje för händelsen', 'tidslinjen', '経緯', '時系列', 'タイムライン', '타임라인', '경과', '时间线', '故障时间线', '事故时间线', '时间轴', '故障经过', '事故经过', '经过', '处理过程', '处理经过', '故障处理过程', '时间线及处理过程', 'chronologie des événements', 'chronologie des évènements', 'chronologie détaillée', 'déroulé', 'déroulé de lincident', 'déroulement', 'déroulement de lincident', 'déroulé des événements', 'kronologi', 'kronologi kejadian', 'linimasa', 'dòng thời gian', 'diễn biến', 'хронология', 'таймлайн', 'хронология событий', 'ход событий', '発生から復旧までの経緯', '対応経緯', '障害経緯', '장애 경과', '대응 경과', '장애 타임라인', '障害の経緯', '時系列詳細', 'cronologia dos eventos', 'cronologia dos fatos', 'sequência dos fatos', 'sequência dos eventos', 'cronología de los hechos', 'cronología de eventos', 'secuencia de eventos'],
  },
  'root-cause': {
    title: 'Root Cause',
    synonyms: ['root cause analysis', 'root causes', 'root cause(s)', 'analysis', 'incident analysis', 'causal analysis', 'cause analysis', 'technical analysis', 'reason for outage', 'reason for the outage', 'reasons for outage', 'trigger', 'triggers', 'cause', 'causes', 'direct cause', 'immediate cause', 'proximate cause', 'leadup', 'fault', 'rca', 'root cause and trigger', 'identified cause', 'what caused the incident?', 'what do we know so far', 'root cause of the issue', 'cause of the problem', 'cause of the issue', 'cause of the outage', 'cause of the incident', 'how did this happen', 'why did this happen', 'how did it happen', 'why did it happen', 'what caused it', 'what caused this', 'why this happened', 'blameless root cause', 'diagnosis', 'issue details', 'technical details', 'technical root cause', 'what went wrong and why', 'why it happened', 'why', 'what broke', 'ursache', 'ursachen', 'grundursache', 'cause racine', 'causes racines', 'cause première', 'causes', 'rotårsak', 'rotårsaker', 'utløsende faktor', 'årsak', 'årsaker', 'grunnårsak', 'causa raíz', 'causa raiz', 'causa', 'causas', 'por qué', 'causa principal', 'causa principale', 'causa radice', 'hvorfor skjedde det', 'rodårsag', 'rodårsager', 'reasons', 'hvorfor skjedde dette', 'perché', 'perché è successo', 'porque é que isto aconteceu', 'porque aconteceu', 'oorzaak', 'waarom', 'hoofdoorzaak', 'grondoorzaak', 'cause fondamentale', 'ursachenanalyse', 'warum ist das passiert', 'przyczyna źródłowa', 'przyczyna', 'dlaczego', 'dlaczego to się stało', 'pourquoi', 'pourquoi cest arrivé', 'pourquoi est ce arrivé', 'kök neden', 'kök neden analizi', 'neden oldu', 'grundorsak', 'orsak', '原因', '発生原因', '根本原因', '원인', '근본 원인', '발생 원인', '根因', '根因分析', '原因分析', '故障原因', '事故原因', '问题原因', '根本原因分析', '故障根因', 'cause directe', 'causes directes', 'cause profonde', 'causes profondes', 'analyse des causes', 'analyse de la cause', 'akar masalah', 'penyebab', 'penyebab utama', 'analisis akar masalah', 'nguyên nhân', 'nguyên nhân gốc', 'nguyên nhân gốc rễ', 'причина', 'причины', 'корневая причина', 'первопричина', 'анализ причин', 'findings', 'key findings', 'findings and analysis', 'analysis and findings', 'なぜ起きたか', '直接原因', '장애 원인', '직접 원인', 'por que aconteceu', 'por que isso aconteceu', 'por que isto aconteceu', 'o que causou', 'o que causou o incidente', 'causa raiz do incidente', 'causas do incidente', 'por qué pasó', 'por qué ocurrió', 'qué lo causó'],
    satisfiedBy: ['five-whys', 'contributing-factors'],
  },
  'contributing-factors': {
    title: 'Contributing Factors',
    synonyms: ['contributors', 'contributory factors', 'contributing causes', 'contributing conditions', 'contributing conditions analysis', '寄与要因', '기여 요인'],
  },
  // "Why-why analysis" (なぜなぜ分析): the five whys as Japanese companies name them.
  'five-whys': { title: 'Five Whys', synonyms: ['the five whys', '5 whys', 'five whys analysis', 'why why analysis', 'why why', 'なぜなぜ分析', 'なぜなぜ'] },
  detection: {
    title: 'Detection',
    synonyms: ['how was it detected', 'detection and response', 'how it was detected', 'how we found out', 'how did we find out', 'how we noticed', 'påvisning', '検知', '탐지', '감지', '検知について'],
  },
  response: { title: 'Response', synonyms: ['response timeline', 'incident response', 'how did we respond', 'how we responded', 'how we respond'] },
  resolution: {
    title: 'Resolution',
    synonyms: ['resolution and recovery', 'mitigation', 'mitigations', 'containment', 'containment actions', 'immediate containment actions', 'actions taken', 'immediate actions taken', 'steps taken', 'remediation completed', 'remediation taken', 'remediation undertaken', 'resolution notes', 'recovery notes', 'what i did', 'recovery', 'short-term fix', 'fix', 'fixes', 'fixes applied', 'the fix', 'resolving the issue', 'how it was fixed', 'how was it fixed', 'how we fixed it', 'steps to resolution', 'resolution steps', 'recovery steps', 'how did we fix it', 'how did we fix this', 'how we fixed this', 'how was it resolved', 'how we resolved it', 'immediate resolution', 'remediation steps', 'what fixed it', 'what we did', 'what we have already done', 'what we have done', 'what we already did', 'immediate measures', 'sofortmaßnahmen', 'løsning', 'lösung', 'behebung', 'wiederherstellung', 'résolution', 'remédiation', 'service restoration', 'restoration', 'method of restoration', 'methods of restoration', 'workaround', 'permanent fix', 'how was it mitigated', 'how it was mitigated', 'how we mitigated it', 'how we got back up', 'how we recovered', 'fixing it', 'fixing the issue', 'fixing the problem', 'getting back up', 'recovering', 'resolución', 'solución', 'mitigación', 'resolução', 'solução', 'recuperação', 'recuperación', 'gjenoppretting', 'håndtering', 'mitigação', 'medidas imediatas', 'medidas imediatas adotadas', 'ações imediatas', 'ações imediatas adotadas', 'contenção', 'medidas inmediatas', 'medidas inmediatas adoptadas', 'acciones inmediatas', 'contención', 'risoluzione', 'ripristino', 'reposição', 'reposição do serviço', 'getting it fixed', 'qué hicimos', 'action taken / proposed', 'soluzione', 'mitigazione', 'oplossing', 'herstel', 'maßnahmen zur wiederherstellung', 'provisional countermeasure', 'provisional countermeasures', 'rozwiązanie', 'naprawa', 'çözüm', 'åtgärder under incidenten', 'lösning', '暫定対応', '復旧', '復旧対応', '조치', '조치 내역', '복구', '临时措施', '恢复', '止损措施', '恢复措施', '解决方案', '处理措施', 'penanganan', 'pemulihan', 'khắc phục', 'устранение', 'восстановление', 'решение', '対応', '対応内容', '대응'],
  },
  'action-items': {
    title: 'Action Items',
    synonyms: [
      'action items and follow-ups',
      'action items & follow-ups',
      'action items and followups',
      'followups',
      'corrective and preventative measures',
      'corrective and preventive measures',
      'review actions',
      'corrective actions',
      'remediation',
      'commitments',
      'our commitments',
      'follow-up tasks',
      'follow-ups',
      'follow up',
      'long-term prevention',
      'next steps',
      'action plan',
      'remediation checklist',
      'remediation plan',
      'remediation items',
      'remediation actions',
      'remedial actions',
      'remedial measures',
      'actions',
      'action points',
      'actionables',
      'actionable items',
      'actions planned',
      'corrective actions with owners',
      'resulting action',
      'resulting actions',
      'improvements',
      'future work',
      'looking forward',
      'going forward',
      'whats next',
      'what we are doing about it',
      'what were doing about it',
      'what were doing to fix this',
      'todo',
      'to do',
      'open items',
      'open actions',
      'open tasks',
      'stuff to do',
      'things to do',
      'things we need to do',
      'what we need to do',
      'actions arising',
      'aksjonspunkter',
      'tiltak',
      'oppfølging',
      'oppfølgingspunkter',
      'what is being done to prevent future incidents',
      'what we are doing to prevent this',
      'what are we doing to prevent this',
      'what are we doing to prevent this from happening again',
      'what we are doing to prevent this from happening again',
      'what were doing to prevent this',
      'what were doing to stop it happening again',
      'what we are doing to stop it happening again',
      'what were doing to stop this happening again',
      'stopping it happening again',
      'how we will prevent this',
      'what were changing',
      'what well change',
      'what we will change',
      'what will change',
      'what we will do',
      'what well do',
      'what we will do differently',
      'what well do differently',
      'what we are doing differently',
      'what we are going to do',
      'what we are changing',
      'maßnahmen',
      'measures',
      'corrective measures',
      'preventive measures',
      'preventative measures',
      'follow-up measures',
      'what we do next',
      'what we will do next',
      'what well do next',
      'what happens next',
      'actions correctives',
      'plan daction',
      'massnahmen',
      'repair items',
      'post-incident actions',
      'follow-up actions',
      'followup actions',
      'follow-up work',
      'followup work',
      'follow up work',
      'preventive actions',
      'preventative actions',
      'preventing future incidents',
      'sub-tasks',
      'todos',
      'to-dos',
      'what im changing',
      'what were doing',
      'what we are doing',
      'what were doing next',
      'what we are doing next',
      'remediation actions',
      'remediation items',
      'corrective and preventive actions',
      'corrective and preventive action',
      'capa',
      'subtasks',
      'countermeasures',
      'corrective measures',
      'preventive measures',
      'preventative measures',
      'measures to prevent recurrence',
      'recurrence prevention measures',
      'korrektur- und vorbeugemaßnahmen',
      'korrektur und vorbeugemaßnahmen',
      'vorbeugemaßnahmen',
      'działania naprawcze', 'co robimy dalej', 'actionit', 'toimenpiteet', 'jatkotoimenpiteet', 'aksiyonlar', 'aksiyon maddeleri', 'bundan sonra ne yapıyoruz', 'qué vamos a hacer',
      'uppföljande åtgärder',
      'åtgärder',
      'itens de ação',
      'measures taken to prevent recurrence',
      'steps taken to prevent recurrence',
      'steps to prevent recurrence',
      'prevention of recurrence',
      'recurrence prevention',
      'mesures correctives',
      'plan dactions',
      'actions de suivi',
      'tindak lanjut',
      'rencana tindak lanjut',
      'hành động khắc phục',
      'việc cần làm',
      'действия',
      'задачи',
      'что делаем',
      'что делаем дальше',
      'что будем делать',
      'дальнейшие действия',
      'план действий',
      'corrective action plan',
      'improvement plan',
      'corrective action plan cap',
      'corrective and preventive action plan',
      'safety actions',
      'open points',
      'corrective and preventative action plan',
      'capa plan',
      'меры',
      'acciones',
      'acciones correctivas',
      'plan de acción',
      'ações',
      'ações corretivas',
      'plano de ação',
      'próximos pasos',
      'siguientes pasos',
      'acuerdos',
      'acuerdos y siguientes pasos',
      'what were doing so it doesnt happen again',
      'so it doesnt happen again',
      'próximos passos',
      'pendientes',
      'pendências',
      'azioni',
      'prossimi passi',
      'o que vamos fazer',
      'hva gjør vi videre',
      'handlingspunkter',
      'opfølgning',
      'nächste schritte',
      'qué vamos a cambiar',
      'アクション',
      'azioni correttive',
      'acties',
      'actiepunten', 'wat we gaan doen', 'wat gaan we doen', 'vervolgacties', 'do zrobienia', 'co dalej',
      'verbeterpunten',
      // Azure's Post Incident Reviews.
      'how are we making incidents like this less likely or less impactful',
      'how are we making incidents like this less likely',
      "what we're going to do",
      'what we are going to do',
      'what we will do',
      '再発防止策', '恒久対策', '改善策', '재발 방지 대책', '재발 방지', '후속 조치', '改进措施', '后续行动', '后续', '后续措施', '后续改进', '后续改进措施', '改进项', '整改措施', '待办', '待办事项', '行动项', '后续跟进', 'アクションアイテム', '再発防止', '今後の対応', 'やること', '対策', 'ネクストアクション', '액션 아이템', '개선 사항', 'try', '今後の予定', '할 일', '앞으로 할 일', 'what i think we should do',
      // An owner's own words over the list: "What I want done", "What needs to be done".
      'what i want done', 'what we want done', 'what i want fixed', 'what needs to be done', 'what needs fixing',
      // Beside "Remediation completed": the work still to do.
      'further actions', 'further action items', 'next actions',
      'medidas corretivas e preventivas', 'medidas corretivas', 'ações corretivas e preventivas', 'ações de melhoria', 'plano de ação corretiva', 'medidas correctivas y preventivas', 'medidas correctivas', 'acciones correctivas y preventivas', 
      // Authors' own words for what they will change: "What we'd change", "Things to sort out".
      'actions agreed', 'agreed actions', 'actions arising', 'what wed change', 'what we would change', 'what were changing', 'what we are changing', 'changes were making', 'changes we are making', 'things to fix', 'things to sort out', 'stuff to fix',
    ],
    // A formal review's recommendations are its follow-ups ("## 8. Recommendations", R1–R7, each with its owner).
    satisfiedBy: ['recommendations'],
  },
  'lessons-learned': {
    title: 'Lessons Learned',
    synonyms: ['lessons learnt', 'lessons identified', 'lessons to learn', 'what went well', 'what went right', 'what went ok', 'what went okay', 'what we did well', 'what we did well not so well', 'what did not go well', 'what did not go so well', 'what went less well', 'what went poorly', 'what went badly', 'things that went right', 'things that went wrong', 'lo que funcionó bien', 'lo que no funcionó', 'what went wrong', 'where we got lucky', 'what could be improved', 'what could be better', 'what can be better', 'areas for improvement', 'wat ging goed', 'wat kan beter', 'what worked well', 'learnings', 'lessons', 'what we learnt', 'what we learned', 'takeaways', 'key takeaways', 'insights', 'things that went well', 'things that went poorly', 'what didnt go well', 'what could have gone better', 'what can we learn from this incident', 'erkenntnisse', 'leçons apprises', 'retour dexpérience', 'hva lærte vi', 'o que aprendemos', 'cosa abbiamo imparato', 'what helped', 'læring', 'hvad gik godt', 'hvad gik galt', 'hva gikk bra', 'hva gikk dårlig', 'hvor hadde vi flaks', 'lecciones aprendidas', 'lições aprendidas', 'lezioni apprese', 'geleerde lessen', '所感', '教訓', '振り返り', '느낀 점', '교훈', '经验教训', 'leçons retenues', 'enseignements', 'ce que nous retenons', 'pelajaran', 'pembelajaran', 'yang berjalan baik', 'yang perlu diperbaiki', 'bài học', 'bài học kinh nghiệm', 'выводы', 'уроки', 'что пошло хорошо', 'что пошло плохо', 'что пошло не так', 'うまくいったこと', 'うまくいかなかったこと', '運が良かったこと', '対応の振り返り', '잘된 점', '잘 된 점', '아쉬운 점'],
  },
  prevention: { title: 'Prevention Strategies', synonyms: ['prevention', 'preventable', 'preventable?', 'preventing recurrence', 'preventive measures', 'preventative measures', 'what were doing differently', 'long term solution', 'long-term solution'] },
  recommendations: { title: 'Recommendations', synonyms: ['how can customers make incidents like this less impactful'] },
  'supporting-information': { title: 'Supporting Information', synonyms: ['supporting info', 'supporting documents', 'related documentation', 'references'] },
  'related-incidents': { title: 'Related Incidents', synonyms: [] },
  metrics: { title: 'Metrics', synonyms: ['stats', 'statistics', 'kennzahlen', 'métricas', 'metricas'] },
  acknowledgments: { title: 'Acknowledgments', synonyms: ['acknowledgements', 'thanks'] },
  'sign-off': { title: 'Sign-off', synonyms: ['signoff', 'sign off', 'approval', 'approvals'] },
  appendix: { title: 'Appendix', synonyms: [] },
};

export const PANDOC_ANCHOR = /^\s*\[\]\{#[^{}\n]*\}/;

/** A backslash escaping ASCII punctuation, as Markdown writes it. */
const MARKDOWN_ESCAPE = /\\([!-/:-@[-`{-~])/g;

/**
 * Reduces heading text to a comparable name: lower case, no numbering, emphasis, escapes, emoji, parentheticals, pandoc
 * anchors or trailing colon, "&" read as "and".
 */
export function normaliseSectionName(text: string): string {
  // "[]{#_heading=h.gjdgxs .anchor}Summary": pandoc's bookmark from a Google Doc is no part of the name; nor are the
  // backslashes an export escapes its punctuation with ("**1\. What happened**").
  // Full-width brackets ("故障时间线（2024-08-24，周六）") are brackets.
  return withoutParentheticals(halfWidthBrackets(text.replace(PANDOC_ANCHOR, '').replace(MARKDOWN_ESCAPE, '$1').toLowerCase().replace(/:[a-z0-9_+-]+:/g, ' ').replace(/['’]/g, '')), ' ')
    .replace(/&/g, ' and ')
    // "3.2 ", "3. ", "iv. ", "b) ", "Section 3 — ", "Part C -- ", "1 Summary" (not "5 Whys").
    // "D2 – Problem description": an 8D report's discipline.
    .replace(/^\s*(?:(?:section|part|chapter)\s+(?:(?:\d+(?:\.\d+)*|[ivx]+)\s*(?:--|[-–—:.)])?|[a-z]\s*(?:--|[-–—:.)]))|\d+(?:\.\d+)+\.?|\d+[.)]|\d+(?=\s+(?!whys?\b)\p{L})|[ivx]+\.|[a-z][.)]|d[1-8]\s*[-–—:.])\s+/u, '')
    // "一、故障概述", "1、影响范围", "第三部分 根因分析": Chinese numbering.
    .replace(/^\s*(?:[一二三四五六七八九十\d]{1,3}\s*[、.．]|第[一二三四五六七八九十\d]{1,3}[章节部分]+)\s*/u, '')
    .replace(/[^\p{L}\p{N};]+/gu, ' ')
    .replace(/;/g, '')
    .trim()
    // "What actually happened", "What actually broke": the name without its emphasis.
    .replace(/^(what|how|why) actually /, '$1 ');
}

const KIND_BY_NAME = new Map<string, SectionKind>();
/** Each section's own name and title ("root cause", "action items"), as normalised. */
const TITLE_NAMES = new Set<string>(SECTION_KINDS.flatMap((kind) => [normaliseSectionName(kind), normaliseSectionName(SECTION_CATALOGUE[kind].title)]));
for (const kind of SECTION_KINDS) {
  const definition = SECTION_CATALOGUE[kind];
  for (const name of [kind, definition.title, ...definition.synonyms]) {
    KIND_BY_NAME.set(normaliseSectionName(name), kind);
  }
}

/** A heading asking why something happened: "Why the old primary didn't step down", "Why it broke". */
/** "Why it was not spotted sooner", "Why we didn't notice earlier": how the incident was detected, not its cause. */
const WHY_NOT_NOTICED = /^why (?:(?:did|was|were|had|didnt|wasnt|werent|hadnt) )?(?:(?:it|this|we|they|the [\p{L}-]+) )?(?:(?:was|were|did|didnt|wasnt|werent|had|hadnt) )?(?:not )?(?:spot|spotted|notice|noticed|detect|detected|catch|caught|see|seen|find|found|alerted)(?: (?:sooner|earlier|quicker|faster|it|this|for \p{L}+))*$|^why (?:it|this|that|the [\p{L}-]+) (?:went|was|were|stayed|remained) (?:unnoticed|undetected)(?: for (?:\p{L}+ )?\p{L}+)?$/u;
// "What was the actual problem", "The real issue", "What I think actually went wrong": the cause, in the author's words
// ("What went wrong" alone is a lesson: the seed's).
const CAUSE_TOLD = /^what was (?:the |our )?(?:actual |real |underlying )?(?:problem|issue|fault)$|^(?:the )?(?:actual|real|underlying) (?:problem|issue|fault)$|^what (?:(?:i|we) think )?(?:actually|really) went wrong$/;
const WHY_SOMETHING = /^why (?!(?:we are|we were|were|we re) (?:writing|publishing|sharing|posting) (?:this|it)(?: (?:post|report|write up|writeup|document|doc))?$)(?:the |did |was |were |our |we |it |this )\S+ \S+|^why (?:it|this|that) (?:happened|broke|failed|occurred|crashed|stopped|went (?:wrong|down))$/;

/**
 * What the incident touched, named as such: "Affected services", "Impacted slots", "Who is affected"; the impact on
 * whom it fell ("Customer and partner impact", "Merchant impact"; not "Summary / impact", two sections).
 */
const AFFECTED_THINGS = /^(?:(?:affected|impacted) \p{L}+|(?:[\p{L}-]+ )?(?:users|customers|clients|members|players|merchants|tenants|subscribers|accounts|orders|payments|transactions|calls|passes|contacts|sites|stores|schools|branches|regions|zones|locations|devices|locks|units|stations|clinics|patients|students|teachers|staff|passengers|flights|shipments|deliveries|trucks|vehicles|services|systems|apps|applications|missions|satellites|properties|projects|rows|reports|teams|departments|offices|hospitals|wards) (?:affected|impacted)|impact (?:on|to) (?:other |our |the )?\p{L}+|who (?:is|are|was|were) (?:affected|impacted)|(?:(?!(?:summary|overview|description|timeline|cause|resolution|scope|and)\b)[\p{L}-]+ (?:and |& )?){1,3}impact)$/u;

/** "Summary timeline", "Full timeline", "Detailed chronology": a timeline, whatever it is said to cover. */
const SOME_TIMELINE = /^(?:[\p{L}-]+ ){1,2}(?:timeline|chronology)$/u;

/**
 * "Customer notification timeline", "Comms timeline": when the customers were told, part of the response; its "Status
 * page resolved" is no moment of the incident's own.
 */
const COMMS_TIMELINE = /^(?:customer |external |internal )?(?:comms|communications?|notifications?|status ?page(?: updates?)?|messaging)(?: and updates)? timeline$/;

/** "Summary of the issue", "Summary of findings": the summary, of what it summarises. */
const SUMMARY_OF = /^summary of (?:the )?(?:issue|incident|event|outage|problem|findings|what happened)$/;

/** "Player-facing summary", "Internal summary", "Handover summary", "Short description", "Summary for principals and cabinet": a summary, for whichever readers it is written. */
const AUDIENCE_SUMMARY = /^(?:internal|external|public|customer|player|user|client|partner|stakeholder|leadership|management|technical|non technical|engineering|high level|short|brief|quick|plain language|plain english|handover|shift)(?: facing)? summary$|^(?:short|brief) description(?: of (?:the )?(?:incident|event|issue|outage|problem))?$|^(?:my|our) (?:tldr|summary)$|^summary for (?:[a-z]+ ){0,4}[a-z]+$/;

/**
 * "Preliminary root cause", "Suspected cause": a section's name qualified by how sure it is; "Immediate follow-ups",
 * "Longer-term follow-ups": by when they are due.
 */
/** "Cause in one line", "Impact in brief": a section's name and how short it is. */
const IN_BRIEF = / (?:in (?:one|a|1) (?:line|sentence)|in brief|in short|in a nutshell)$/;
const QUALIFIED = /^(?:preliminary|initial|final|suspected|probable|likely|current|updated|(?:immediate|(?:short|medium|mid|near|long|longer) term|further|remaining|open)(?= follow))\s/;

/**
 * "What you saw", "What customers experienced", "What riders experienced": the impact, as the people it fell on met it
 * (a status mail's words); not what the team or its tools saw.
 */
const WHAT_THEY_SAW = /^what (?:our |the |your |their )?(?!(?:we|i|us|monitoring|alerts?|alerting|logs|graphs|dashboards|metrics|tools|systems?|engineers?|on-?call|team|sre|ops)s?\b)[a-z]+ (?:saw|experienced|noticed|(?:may|might|would) have (?:seen|noticed|experienced))$/;

/** "Log from the #bhs-ops Teams channel", "the slack log (trimmed)": the channel's log, the timeline as it was told. */
const CHANNEL_LOG = /^(?:the )?(?:(?:slack|teams|chat|channel|bridge|war ?room|irc|matrix|discord|whatsapp|signal|incident channel)(?: channel| chat| room| bridge| group)? (?:log|transcript|history|excerpt|extract)(?: from (?:the )?(?:[\p{L}\p{N}]+ ){0,4}[\p{L}\p{N}]+)?|(?:log|transcript|excerpt|extract) (?:from|of) (?:the )?(?:[\p{L}\p{N}]+ ){0,5}(?:channel|chat|room|bridge|thread))$/u;

/**
 * "What I think we need to do", "Stuff we should do", "Stuff we're doing about it", "Open points / follow-ups from NOC
 * side": the work to come, as an email or a shift log names it.
 */
const WORK_TO_DO = /^(?:(?:what|stuff|things)(?: (?:i|we) think)? (?:(?:we|i) (?:still |really )?(?:need to|should|must|have to|want to|will|are going to)|(?:id|i would|wed|we would) like (?:us |you |the team )?to) (?:do|change|fix)(?: next| now| about it| about this| differently| going forward)?|(?:what|stuff|things) (?:we are|were|im|i am|the [\p{L}\p{N}-]+ team (?:is|are)) (?:doing|changing|fixing)(?: next| now| about it| about this| differently| going forward)?|measures (?:that |which )?(?:(?:we are|were|we will be|well be|being) taking|(?:we will|well|we are going to) take)(?: now| next| going forward)?|actions? for (?:the )?(?:team leads?|stations?|managers?|(?:[\p{L}\p{N}-]+ )?teams?)|(?:our|the) next steps|(?:open points )?follow ups (?:from|for|by) (?:the )?(?:[\p{L}\p{N}]+ ){0,3}[\p{L}\p{N}]+|(?:(?:open|remaining|outstanding|pending|proposed|planned|next|engineering|technical|team|incident|post ?mortem|optional|our|live|ops|liveops|sre|platform|infra|infrastructure|backend|frontend) ){1,2}follow ups)$/u;

/** "Lessons for the wider consortium", "Lessons from the migration": lessons, for whom or from what. */
const LESSONS_FOR = /^(?:lessons|learnings|takeaways)(?: learn(?:ed|t))? (?:for|from) (?:the |our |this )?(?:\p{L}+ ){0,3}\p{L}+$/u;

/** "Stuff that went ok", "Things that didn't", "What was good", "What we need to improve": what went well and what did not. */
const WENT_WELL_OR_NOT = /^(?:stuff|things|what) (?:that )?(?:went (?:well|ok|okay|right|wrong|badly|poorly|less well)|worked(?: well)?|didnt(?: go (?:well|so well|to plan)| work)?|did not(?: go (?:well|so well|to plan)| work)?|(?:was|were) (?:good|great|bad|not so good|less good)|hurt|sucked|stung)$|^what (?:(?:we|i) )?(?:(?:need|needs|have|has|want|can|could|should|must|will) )?(?:to )?improve$/;

/**
 * "Impact by region", "Impact numbers", "Impact so far", "Financial impact for the concession": the impact, told in
 * parts, in figures, as it stands or as it fell on someone.
 */
const IMPACT_TOLD = /^(?:(?:customer|user|client) )?impact (?:by (?:\p{L}+ ){0,2}\p{L}+|numbers|metrics|figures|details?|breakdown|statistics|stats|so far|to date)$|^(?:(?:financial|business|commercial|operational|customer|user|client) )?impact (?:for|on) (?:the )?(?:\p{L}+ ){0,2}\p{L}+$/u;

/**
 * "Actions to prevent a recurrence", "Steps we are taking to prevent this from happening again": the work that will
 * keep it from happening again, as a letter to a regulator or customers names it.
 */
const AGAINST_RECURRENCE = /^(?:actions?|measures?|steps?|changes?|work)(?: (?:(?:we are|were|we have|weve|being|we will be|well be) (?:taking|taken|making|made|doing)|adopted|implemented|taken))? to (?:prevent|avoid|stop) (?:a |any |the |future |similar )?(?:recurrences?|repeats?|repetition|(?:it|this|that)(?: from)? (?:happening|occurring) again|(?:similar|future) (?:incidents?|outages?|failures?))$/;

/** "What it looked like from the outside", "What this looked like to customers": the impact, as those outside saw it. */
const LOOKED_LIKE = /^what (?:it|this|the (?:outage|incident|problem)) looked like (?:from the outside|(?:to|for) (?:our |the )?(?!(?:us|we|me|oncall|on call|team|engineers?|sre|ops|responders?|monitoring|support)\b)\p{L}+)$/u;

/** "## Log", "## Ops log (pasted)", "## Shift log": an operations log, the timeline as it was kept (as a heading only). */
const OPERATIONS_LOG = /^(?:(?:ops|operations|shift|noc|soc|duty|control room|occ|bridge) )?log$/;

/**
 * "How the weekend went", "How the night unfolded": the incident told in order, as an e-mail to those it touched names
 * it. A period that "went" may be a reflection ("How the day went: honestly, better than last year"): such a section
 * is kept only where its lines tell times (`findSections`).
 */
const HOW_IT_WENT = /^how (?:the|that|our|this) (?:night|day|weekend|evening|morning|afternoon|shift|outage|incident) (?:went|unfolded|played out)$|^how it (?:unfolded|played out)$/;
export const WENT_AS_TOLD = /\bwent\W*$/i;

const LOGGED_IN_ORDER = /^(?:actions?|updates?|(?:work )?notes?|activit(?:y|ies)|history|entries|(?:work ?)?log)$/;
const NEWEST_OR_OLDEST_FIRST = /\((?:newest|latest|most recent|oldest|earliest) first\)/i;
/** "Summary in 3 sentences", "Summary in one paragraph": the summary, with how long it is. */
const SUMMARY_IN = /^summary in (?:\d+|one|two|three|four|five|a few) (?:sentences?|lines?|words?|paragraphs?|points?|bullets?)$/;
/** "Duration and consequences for care", "Consequences for patients": the impact, and on whom it fell. */
const CONSEQUENCES = /^(?:duration and )?consequences(?: (?:for|on|to) (?:the )?(?:\p{L}+ ){0,2}\p{L}+)?$|^consequences and duration$/u;
/**
 * Kinds read before, by the text read: a keystroke reads the document's headings and short lines again, and a heading's
 * parts ("Step" of "Step 12") recur.
 */
const KIND_READ = new TextMemo<SectionKind | undefined>(200_000);
const KINDS_READ = new TextMemo<readonly SectionKind[]>(200_000);

/** The section kind a heading's text names, if any; an evident misspelling of a long name ("Root Cuase") too. */
export function sectionKindOf(headingText: string): SectionKind | undefined {
  return KIND_READ.get(headingText, () => kindNamed(headingText));
}

function kindNamed(headingText: string): SectionKind | undefined {
  const name = normaliseSectionName(headingText);
  // "What broke (short version)": the bracket says it is the summary, under a name that is no section's own title
  // ("Root cause (short version)" is the root cause told short) nor the timeline's.
  if (SUMMARY_BRACKET.test(headingText) && KIND_BY_NAME.get(name) !== 'timeline' && !TITLE_NAMES.has(name)) return 'summary';
  // "Actions (newest first)", "Work notes (oldest first)": a ticket's log of what was done, in order.
  if (LOGGED_IN_ORDER.test(name) && NEWEST_OR_OLDEST_FIRST.test(headingText)) return 'timeline';
  const brief = KIND_BY_NAME.get(name.replace(IN_BRIEF, ''));
  const exact = KIND_BY_NAME.get(name) ?? KIND_BY_NAME.get(name.replace(QUALIFIED, '')) ?? (brief === 'timeline' ? undefined : brief) ?? (AFFECTED_THINGS.test(name) || IMPACT_TOLD.test(name) || WHAT_THEY_SAW.test(name) || LOOKED_LIKE.test(name) || EFFECT_ON.test(name) || MEANT_FOR.test(name) || MEANT_FOR_IN_DUTCH.test(name) || CONSEQUENCES.test(name) || IMPACT_ASKED.test(name) ? 'impact' : WHY_NOT_NOTICED.test(name) ? 'detection' : WHY_SOMETHING.test(name) || WHY_IN_DUTCH.test(name) || CAUSE_TOLD.test(name) ? 'root-cause' : COMMS_TIMELINE.test(name) ? 'response' : SOME_TIMELINE.test(name) || CHANNEL_LOG.test(name) || OPERATIONS_LOG.test(name) || HOW_IT_WENT.test(name) ? 'timeline' : HOW_STOPPED.test(name) ? 'resolution' : WORK_TO_DO.test(name) || AGAINST_RECURRENCE.test(name) ? 'action-items' : LESSONS_FOR.test(name) || WENT_WELL_OR_NOT.test(name) ? 'lessons-learned' : AUDIENCE_SUMMARY.test(name) || SUMMARY_OF.test(name) || SUMMARY_IN.test(name) ? 'summary' : WHO_AFFECTED.test(name) ? 'impact' : undefined);
  if (exact || name.length < 8) return exact;
  for (const key of nearNameKeys(name, name.length - 1, name.length, name.length + 1)) {
    for (const [known, kind] of LONG_NAMES_NEAR.get(key) ?? []) if (oneEditApart(name, known)) return kind;
  }
  return undefined;
}

/**
 * The names long enough to be recognised misspelt, by length and by first and by last character: one edit changes a
 * length by at most one and, in a name this long, leaves its first or its last character in place.
 */
const LONG_NAMES_NEAR = new Map<string, [string, SectionKind][]>();
function nearNameKeys(name: string, ...lengths: number[]): string[] {
  return lengths.flatMap((length) => [`${length}^${name[0]}`, `${length}$${name[name.length - 1]}`]);
}
for (const [known, kind] of KIND_BY_NAME) {
  if (known.length < 8) continue;
  for (const key of nearNameKeys(known, known.length)) LONG_NAMES_NEAR.set(key, [...(LONG_NAMES_NEAR.get(key) ?? []), [known, kind]]);
}

/** One substitution, insertion, deletion or swap of neighbours apart. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  // What differs once the common start and end are set aside, compared in place: a heading is checked against every
  // long name of about its length, and copies of their tails cost more than the rest of its reading.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const differsA = endA - start;
  const differsB = endB - start;
  if (differsA <= 1 && differsB <= 1) return true;
  return differsA === 2 && differsB === 2 && a[start] === b[start + 1] && a[start + 1] === b[start];
}

/** A cloud provider's "Summary of impact" summarises the incident and states its impact: both sections. */
const SUMMARY_OF_IMPACT = /^summary of (?:the )?impact\b|^impact summary$/;

function withImpactSummarised(kind: SectionKind, name: string): SectionKind[] {
  // "Summary (from the customer's perspective)": the summary, told as its impact too.
  return kind === 'summary' && (SUMMARY_OF_IMPACT.test(normaliseSectionName(name)) || USERS_VIEW.test(name)) ? [kind, 'impact'] : [kind];
}

/**
 * Names that make a section only as a heading: "## Measures" lists what will be done, a bold "**Measures**" over a
 * table of figures is what was measured.
 */
const HEADING_ONLY = new Set(['measures']);
/** "Effect on operations", "Effects on students", "Impact on end users", "Effect on MV Nordic Aurora": the impact, on whom or what it fell. */
/**
 * "What it meant for patients and wards", "How were customers affected": what the incident did to the people it touched
 * (not "How were the replicas affected", "What this meant for the nightly batch").
 */
const PEOPLE = String.raw`(?:customers?|users?|players?|patients?|merchants?|clients?|members?|partners?|callers?|residents?|visitors?|tenants?|subscribers?|drivers?|riders?|passengers?|students?|staff|wards?|hospitals?|stores?|shoppers?|citizens?|clinics?|practices|schools?|branches|sites?|offices?|pharmacies|teachers?|parents?|families|employees?|businesses|you)`;
const MEANT_FOR = new RegExp(String.raw`^what (?:it|this|that|the (?:outage|incident|downtime|disruption)) meant for (?:our |the )?${PEOPLE}(?: (?:and|&) (?:\p{L}+ ){0,2}\p{L}+)?$|^how (?:were|was) (?:our |the )?${PEOPLE} (?:affected|impacted)$`, 'u');
/** Dutch: "Wat dit voor uw zendingen betekende" (what this meant for your parcels), the impact on those it fell on. */
const MEANT_FOR_IN_DUTCH = /^wat (?:dit|het|de (?:storing|verstoring|uitval)) voor (?:u|uw|jullie|onze|de) (?:\p{L}+ ){0,2}(?:betekende|betekent|betekend heeft)$/u;
/** Dutch: "Waarom het zo lang duurde", "Waarom de sorteerlijn stilviel": why it happened, as WHY_SOMETHING reads English. */
const WHY_IN_DUTCH = /^waarom (?:het|dit|de|we|ons|onze) (?:\p{L}+ ){1,4}\p{L}+$/u;
const EFFECT_ON = /^(?:effects?|impacts?) (?:on|to) (?:the |our )?(?:\p{L}+ ){0,2}\p{L}+$/u;
/**
 * "## 2. Tenants affected" is the impact; "Users Affected:" and "**Services Affected:**" labelling lists inside it are
 * its parts, not sections of their own.
 */
const SUMMARY_BRACKET = /\(\s*(?:the )?(?:short version|tl;?dr|in short|in brief)\s*\)\s*$/i;
/** "How we stopped it", "How we contained the outage": the fix told as how it was done. */
const HOW_STOPPED = /^how (?:we|they|it was|was it) (?:stopped|contained|ended|halted|stemmed|mitigated|resolved|fixed|recovered)(?: it| this| the (?:outage|incident|issue|problem|bleeding|damage))?$/;
/** "How big was the impact?", "What the impact was", "What was the impact": a heading asking about the impact names it. */
const IMPACT_ASKED = /^(?:how (?:big|bad|large|wide|widespread|severe|serious) was (?:the )?impact|what (?:was )?the impact(?: was)?|what (?:was|were) the (?:impacts?|effects?)(?: on (?:\p{L}+ ){0,2}\p{L}+)?)$/u;
const WHO_AFFECTED = /^(?:tenants|customers|consumers|clients|users|riders|passengers|hotels|stores|sites|services|systems|merchants|partners|accounts) affected$/;
export function namesOnlyAsHeading(name: string): boolean {
  return ONLY_AS_HEADING_READ.get(name, () => onlyAsHeading(name));
}

const ONLY_AS_HEADING_READ = new TextMemo<boolean>(200_000);

function onlyAsHeading(name: string): boolean {
  const normalised = normaliseSectionName(name);
  // "IRC excerpt:" over a chat below the list it illustrates is part of that timeline; "## Slack excerpt" is a log.
  return HEADING_ONLY.has(normalised) || WHO_AFFECTED.test(normalised) || OPERATIONS_LOG.test(normalised) || (/\b(?:excerpt|extract)\b/.test(normalised) && CHANNEL_LOG.test(normalised));
}

/** The kinds a label names ("Summary of impact:" two), none when it names no section. */
/**
 * A paragraph's lead-in that names a section only by what follows it: "**Who:** All 19 schools" (not "**Who:** Maria
 * (IC), Tom (comms)", the responders), "**Fixed by:** adding disk space and restarting ..." (not a person or a PR).
 */
export function leadInKindOf(name: string, told: string): SectionKind | undefined {
  const label = normaliseSectionName(name);
  const value = told.replace(/^[\s*_:.—–-]+/, '');
  if (label === 'who') return /^\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*)*\s*\(|\b(?:on-?call|responders?|incident commander|IC|SRE|DBA|engineers?|comms|scribe)\b/u.test(value) ? undefined : 'impact';
  if (label === 'fixed by') return /^[a-z]+ing\b/.test(value) ? 'resolution' : undefined;
  return undefined;
}

export function labelKindsOf(name: string): readonly SectionKind[] {
  if (name.includes('/')) return headingKindsOf(name);
  const kind = namesOnlyAsHeading(name) ? undefined : sectionKindOf(name);
  return kind ? withImpactSummarised(kind, name) : [];
}

/**
 * Every kind a heading names: one, or several for a heading that joins names ("Root cause and mitigation", "What
 * went wrong and how was it fixed?", "Detection & response").
 */
const DOCUMENT_KIND_TITLE = /^(?:(rca|root cause analysis)|incident log|running log|incident timeline)$/;

const JOINED_NAMES = /(?:(?<!\s)|(?!\s))(?:\s*\/\s*|\s+(?:and|&|und|et|e|y|og|och|en|oraz)\s+)/i;

export function headingKindsOf(headingText: string): readonly SectionKind[] {
  return KINDS_READ.get(headingText, () => kindsNamed(headingText));
}

function kindsNamed(headingText: string): SectionKind[] {
  const whole = headingKindOf(headingText);
  if (whole) return withImpactSummarised(whole, headingText);
  // `(?:(?<!\s)|(?!\s))`: no match starts inside a run of blanks (its start matches first), which keeps a long run linear
  // "and" in the languages the catalogue reads: "Resolução e recuperação", "Ursache und Behebung", "Årsak og tiltak".
  const parts = headingText.split(JOINED_NAMES).map(normaliseSectionName);
  const kinds = parts.length > 1 ? parts.map((part) => sectionKindOf(part) ?? sectionKindOf(part.replace(/^(?:how|what)\s+/, ''))) : [];
  return [...new Set(kinds.filter((k): k is SectionKind => k !== undefined))];
}

/**
 * The kinds a document's title heading names: only a catalogue name, whole or in each of its joined parts ("# Timeline
 * and root cause"); "# What happened with the March 13 payday, and what we're changing", "# How it played out: our
 * first Black Friday", "# Black Friday follow-ups" name the incident.
 */
export function titleHeadingKindsOf(headingText: string): SectionKind[] {
  const whole = KIND_BY_NAME.get(normaliseSectionName(headingText));
  if (whole) return [whole];
  // "# RCA: UPI collect failures", "# INCIDENT LOG – Network outage": the kind of document, the whole of it that section.
  const documentKind = DOCUMENT_KIND_TITLE.exec(normaliseSectionName(headingText.split(/\s*[:–—]\s|\s+-\s/)[0] ?? ''));
  if (documentKind) return [documentKind[1] ? 'root-cause' : 'timeline'];
  const parts = headingText.split(JOINED_NAMES).map((part) => KIND_BY_NAME.get(normaliseSectionName(part)));
  return parts.length > 1 && !parts.includes(undefined) ? [...new Set(parts as SectionKind[])] : [];
}

/**
 * Like sectionKindOf, but also reads a heading that qualifies its name after a separator:
 * "Timeline (all times PST). All times approximate", "Appendix: OID diagrams", "Timeline - 2024-01-16".
 */
export function headingKindOf(headingText: string): SectionKind | undefined {
  // "Appendix: timeline", "Appendix A — Detailed timeline", "Annex A: Detailed chronology": the section the appendix holds.
  const appended = APPENDIX_OF.exec(headingText);
  const held = appended ? headingKindOf(appended[1]) : undefined;
  if (held) return held;
  // `(?<!\s)`: a match never starts inside a run of blanks (its start matches first), which keeps a long run linear
  // "1. What happened, in brief": the name before the qualifier, after the heading's number.
  // "What happened, in order", "What I saw, roughly in order": a sequence of events, unless the name before the comma
  // is another section's ("Action items, in order").
  if (IN_ORDER.test(headingText)) {
    const named = sectionKindOf(headingText.split(',')[0]);
    if (named === undefined || named === 'summary') return 'timeline';
  }
  const unnumbered = headingText.replace(/^\s*(?:\d+(?:\.\d+)+\.?|\d+[.)]|[ivx]+\.)\s+/i, '');
  const kind = sectionKindOf(headingText) ?? sectionKindOf(unnumbered.split(/(?<!\s)\s*(?:[(.:,–—（：，]|\s-\s|\s(?=\d))/)[0]) ?? sectionKindOf(TRANSLATED.exec(headingText)?.[1] ?? '') ?? bilingualKindOf(headingText);
  // "What broke, from a user's point of view": what happened, as those it fell on saw it.
  return kind === 'root-cause' && USERS_VIEW.test(headingText) ? 'impact' : kind;
}

const IN_ORDER = /^[^,(]{3,60},[ \t]*(?:roughly |more or less |approximately )?in (?:chronological |time )?order[\s*_:.]*$/i;

const USERS_VIEW = /\b(?:from|in|through) (?:an? |the |our )?(?:users?|customers?|clients?|players?|members?|patients?|students?|merchants?)(?:['’]s?)? (?:point of view|perspective|eyes)\b/i;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_RUNS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

/** "Root Cause 根因分析", "根因分析 Root Cause": a name written twice, in English and in Chinese, Japanese or Korean. */
function bilingualKindOf(headingText: string): SectionKind | undefined {
  if (!CJK.test(headingText) || !/[A-Za-z]/.test(headingText)) return undefined;
  const latin = headingText.replace(CJK_RUNS, ' ');
  const cjk = headingText.match(CJK_RUNS)!.join('');
  return sectionKindOf(latin) ?? sectionKindOf(cjk);
}

/** "원인 (Root Cause)", "3. ขอบเขตผลกระทบ (Impact)": a name in a script without Latin letters, then its English in brackets. */
const TRANSLATED = /^[^A-Za-z()]*[^\x00-\x7F][^A-Za-z()]*\(([^()]+)\)[\s*_:]*$/;

const APPENDIX_OF = /^[\s*_]*(?:appendix|annexe?)(?:[ \t]+[A-Z0-9]{1,3}\b)?[ \t]*[:.–—-][ \t]*(\S.*)$/i;

/** True when a document that has `present` sections counts as having `required`. */
export function isSatisfied(required: SectionKind, present: ReadonlySet<SectionKind>): boolean {
  if (present.has(required)) return true;
  return (SECTION_CATALOGUE[required].satisfiedBy ?? []).some((kind) => present.has(kind));
}
