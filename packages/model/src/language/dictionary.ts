/**
 * Words and short forms that UK children's services use every day and families often do not,
 * each with plainer words to use instead. The plain words are suggestions for the person
 * writing; where one word has two meanings (a "contact" can be a phone number), the note says
 * when to swap it. A deployment adds its own local terms with `parseDictionaryExtension`.
 */

export type DictionaryKind = 'acronym' | 'jargon';

/** A professional word and the plain words a family would use. */
export interface DictionaryTerm {
  /** As usually written: 'CAMHS', 'strategy meeting'. Acronyms match in capitals only; jargon in any case. */
  readonly term: string;
  readonly kind: DictionaryKind;
  /** The plain words offered as the replacement. */
  readonly plain: string;
  /** Other spellings or forms that mean the same ('LAC' for 'CLA', 'safeguarded'). */
  readonly also?: readonly string[];
  /** A plain sentence shown instead of the usual message, for words that need a word of care. */
  readonly note?: string;
  /** Not a match when the word just before is one of these (case-insensitive): 'will contact the school'. */
  readonly notAfter?: readonly string[];
  /** Not a match when the word just after is one of these (case-insensitive): 'contact details'. */
  readonly notBefore?: readonly string[];
}

const acronym = (term: string, plain: string, also?: readonly string[], note?: string): DictionaryTerm => ({ term, kind: 'acronym', plain, ...(also ? { also } : {}), ...(note ? { note } : {}) });
const jargon = (term: string, plain: string, also?: readonly string[], note?: string): DictionaryTerm => ({ term, kind: 'jargon', plain, ...(also ? { also } : {}), ...(note ? { note } : {}) });

export const DICTIONARY: readonly DictionaryTerm[] = [
  // Short forms named in the practice guide, then others in everyday use.
  acronym('CP', 'child protection'),
  acronym('CPP', 'child protection plan'),
  acronym('CPC', 'child protection meeting'),
  acronym('ICPC', 'first child protection meeting'),
  acronym('RCPC', 'child protection review meeting'),
  acronym('CIN', 'child in need', ['CiN']),
  acronym('CLA', 'child in care', ['LAC']),
  acronym('S17', 'help for a child in need', ['s17', 'S.17', 's.17']),
  acronym('S47', 'enquiry into whether a child is safe', ['s47', 'S.47', 's.47']),
  acronym('S20', 'the child living in care with the parents’ agreement', ['s20', 'S.20', 's.20']),
  acronym('S31', 'care order', ['s31', 'S.31', 's.31']),
  acronym('MASH', 'the team that first looks at worries about a child'),
  acronym('CASS', 'the children’s advice and support line'),
  acronym('CAMHS', 'children’s mental health service'),
  acronym('DA', 'domestic abuse'),
  acronym('DV', 'domestic abuse'),
  acronym('CSE', 'a child being pressured or tricked into sexual activity'),
  acronym('CCE', 'a child being pressured into crime'),
  acronym('EHA', 'early help assessment (a look at what help the family would like)'),
  acronym('CAF', 'early help assessment (a look at what help the family would like)'),
  acronym('EHCP', 'education, health and care plan (the plan for a child’s extra needs)'),
  acronym('TAF', 'team around the family (the people helping the family, meeting together)'),
  acronym('TAC', 'team around the child (the people helping the child, meeting together)'),
  acronym('IRO', 'independent reviewing officer (the person who checks the plan for a child in care)'),
  acronym('FNM', 'family network meeting'),
  acronym('FGC', 'family group conference (a meeting where the family makes its own plan)'),
  acronym('SW', 'social worker', ['SWs']),
  acronym('HV', 'health visitor', ['HVs']),
  acronym('DSL', 'the teacher in charge of keeping children safe at school'),
  acronym('SEND', 'extra help with learning or a disability', ['SEN']),
  acronym('SENCO', 'the teacher who helps children with extra needs', ['SENCo', 'SENDCO', 'SENDCo']),
  acronym('PLO', 'the formal stage before the council might go to court'),
  acronym('SGO', 'special guardianship order (a court order for a relative or friend to bring up the child)'),
  acronym('LADO', 'the council officer who looks into worries about adults who work with children'),
  acronym('PEP', 'personal education plan (the school plan for a child in care)'),
  acronym('GP', 'family doctor', ['GPs']),
  acronym('NFA', 'no further action'),
  acronym('LA', 'the council'),
  acronym('CSC', 'children’s services'),
  acronym('YOT', 'youth justice team', ['YOS']),
  acronym('EP', 'educational psychologist'),
  acronym('SALT', 'speech and language therapist'),
  acronym('ACEs', 'hard things that happened in childhood', ['ACE']),
  acronym('PND', 'depression after having a baby'),
  acronym('NAI', 'an injury someone may have caused on purpose'),
  acronym('PR', 'parental responsibility (the legal rights and duties of a parent)'),
  acronym('CME', 'a child not going to any school'),
  acronym('NEET', 'not in education, work or training'),
  acronym('UASC', 'a child who came to the UK alone to seek safety'),
  acronym('DBS', 'criminal record check'),
  acronym('MARAC', 'a meeting of services about people at high risk of domestic abuse'),
  acronym('IDVA', 'domestic abuse support worker', ['IDVAs']),
  acronym('MAPPA', 'the way police and probation manage people who may cause serious harm'),
  acronym('ASD', 'autism'),
  acronym('FASD', 'harm to a child from alcohol before birth'),
  acronym('OT', 'occupational therapist'),
  acronym('ICS', 'the council’s case records'),

  // Words and phrases.
  jargon('safeguarding', 'keeping children safe', ['safeguard', 'safeguards', 'safeguarded']),
  jargon('supervised contact', 'family time with a worker there'),
  {
    ...jargon('contact', 'family time', ['contact visit', 'contact visits', 'contact session', 'contact sessions'], 'If this means time the child spends with family, say “family time”.'),
    // "Gran will contact the school" and "contact details" are ordinary English.
    notAfter: ['to', 'will', 'can', 'could', 'would', 'should', 'must', 'please', 'may', 'might', 'and', 'or', 'i', 'we', 'they', 'you', 'no'],
    notBefore: ['details', 'number', 'numbers', 'me', 'us', 'her', 'him', 'them', 'the', 'you', 'school', 'police', 'someone', 'anyone'],
  },
  jargon('foster placement', 'foster home', ['foster placements']),
  jargon('residential placement', 'children’s home', ['residential placements']),
  jargon('placement breakdown', 'the child having to move home', ['placement breakdowns']),
  jargon('placement', 'the child’s home', ['placements'], 'If this means where the child lives, say so.'),
  jargon('respite', 'short breaks', ['respite care']),
  jargon('threshold', 'the point where we have to step in', ['thresholds']),
  jargon('strategy meeting', 'a meeting between police, health and social workers to decide what to do', ['strategy discussion', 'strategy meetings']),
  jargon('core group', 'the small group that checks the plan is working between meetings', ['core group meeting', 'core groups']),
  jargon('disguised compliance', 'agreeing to the plan but not doing it', [], 'This is a judgement, not something anyone saw. Say what people did and did not do.'),
  jargon('neglect', 'not getting the care they need', ['neglected', 'neglectful'], 'Say what the child went without: food, warmth, clean clothes, someone looking after them.'),
  jargon('attachment', 'the bond between the child and the people who care for them'),
  jargon('significant harm', 'serious harm'),
  jargon('looked after child', 'child in care', ['looked-after child', 'looked after children', 'looked-after children']),
  jargon('looked after', 'in care', ['looked-after']),
  jargon('care leaver', 'young person who has left care', ['care leavers']),
  jargon('corporate parent', 'the council, as the parent of children in its care', ['corporate parenting']),
  jargon('statutory', 'required by law'),
  jargon('intervention', 'help', ['interventions']),
  jargon('non-engagement', 'not working with us', ['non engagement', 'disengagement', 'disengaged']),
  jargon('non-compliance', 'not doing what was agreed', ['non compliance', 'non-compliant']),
  jargon('multi-agency', 'the different services involved', ['multi agency', 'multiagency']),
  jargon('presenting issues', 'the worries we are here about', ['presenting needs']),
  jargon('protective factors', 'things that help keep the child safe'),
  jargon('risk factors', 'things that make harm more likely'),
  jargon('escalation', 'things getting more serious', ['escalate', 'escalated', 'escalating']),
  jargon('step down', 'move to lighter support', ['stepped down', 'step-down']),
  jargon('step up', 'move to more formal help', ['stepped up', 'step-up']),
  jargon('care proceedings', 'a court case about who the child lives with', ['proceedings']),
  jargon('public law outline', 'the formal stage before the council might go to court'),
  jargon('pre-proceedings', 'the formal stage before the council might go to court', ['pre proceedings']),
  jargon('letter before proceedings', 'a letter saying the council is thinking about going to court'),
  jargon('legal planning meeting', 'a meeting where the council asks its lawyers about going to court', ['legal gateway meeting']),
  jargon('interim care order', 'a short-term court order that gives the council a say in the child’s care'),
  jargon('care order', 'a court order that gives the council shared responsibility for the child'),
  jargon('section 20', 'the child living in care with the parents’ agreement'),
  jargon('section 17', 'help for a child in need'),
  jargon('section 47', 'enquiry into whether a child is safe', ['section 47 enquiry', 'section 47 enquiries']),
  jargon('kinship care', 'the child living with a relative or friend', ['kinship carer', 'kinship carers']),
  jargon('connected person', 'a relative or friend who looks after the child', ['connected persons']),
  jargon('special guardianship', 'a court order for a relative or friend to bring up the child'),
  jargon('permanence', 'a settled home for good'),
  jargon('reunification', 'the child going back home'),
  jargon('parenting capacity', 'how well a parent can meet the child’s needs'),
  jargon('coercive control', 'controlling someone with threats, checking up on them or cutting them off from others', ['coercive and controlling behaviour']),
  jargon('perpetrator', 'the person who caused the harm', ['perpetrators'], 'Say who, by name or as the family knows them.'),
  jargon('substance misuse', 'drinking or drug use', ['substance use', 'substance abuse']),
  jargon('trauma-informed', 'understanding how hard things in the past affect people now', ['trauma informed']),
  jargon('chronology', 'timeline of what has happened'),
  jargon('genogram', 'family tree'),
  jargon('ecomap', 'map of the people around the family', ['eco-map']),
  jargon('lived experience', 'day-to-day life'),
  jargon('voice of the child', 'what the child says and feels'),
  jargon('universal services', 'services every family can use, like school and the doctor'),
  jargon('targeted support', 'extra help for some families'),
  jargon('signposting', 'telling the family where to get help', ['signpost', 'signposted']),
  jargon('referral', 'asking another service to help', ['referrals']),
  jargon('allocated worker', 'named worker', ['allocated social worker']),
  jargon('duty social worker', 'the social worker on call', ['duty worker']),
  jargon('home conditions', 'how the home is kept', ['poor home conditions']),
  jargon('failure to thrive', 'not growing or gaining weight as expected'),
  jargon('developmental delay', 'being behind in learning, talking or moving for their age'),
  jargon('dysregulated', 'overwhelmed by big feelings', ['dysregulation', 'emotional dysregulation']),
  jargon('emotional regulation', 'managing big feelings'),
  jargon('sustained change', 'change that lasts'),
  jargon('child protection conference', 'child protection meeting', ['child protection conferences']),
  jargon('no further action', 'nothing more will be done about it'),
  jargon('risk assessment', 'a look at how likely harm is'),
  jargon('sibling', 'brother or sister', ['siblings'], 'Use the child’s brothers’ and sisters’ names if you can.'),
  jargon('paternal', 'on the dad’s side'),
  jargon('maternal', 'on the mum’s side'),
  jargon('minimising', 'saying it was less serious than it was', ['minimise', 'minimised', 'minimizing', 'minimize', 'minimized'], 'Say what was said, in the person’s words.'),
  jargon('hard to reach', 'not yet in touch with us'),
  jargon('non-accidental injury', 'an injury someone may have caused on purpose', ['non accidental injury']),
  jargon('pathway plan', 'the plan for leaving care'),
  jargon('local authority', 'the council'),
  jargon('edge of care', 'close to coming into care'),
  jargon('accommodated', 'taken into care', ['accommodate', 'accommodation under section 20']),
  jargon('estranged', 'not in touch'),
  jargon('deficits', 'things that are hard', ['deficit']),
  jargon('service user', 'the person we are helping', ['service users']),
];
