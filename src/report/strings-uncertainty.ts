// The report's sentences about key practices, uncertainty, coverage and vendors (issue 12), in
// French and English; src/report/strings.ts spreads them into its catalogues.

export const uncertaintyFr = {
  // Key practices, shown before the index
  keyPracticesHeading: 'Les pratiques clés, dimension par dimension',
  keyPracticesIntro:
    'Avant tout indice : la part des institutions auditées qui appliquent toutes les pratiques clés de chaque dimension (ses contrôles de poids {weight} ou plus), parmi celles où au moins une s’applique ; entre parenthèses, la part qui applique chacune.',
  keyPracticesPractices: 'Pratiques clés',
  keyPracticesShare: 'Institutions qui les appliquent toutes',
  keyPracticesApplicable: 'Institutions où l’une s’applique',
  keyPracticesNone: 'Aucune institution auditée : aucune pratique ne peut être comptée.',

  // Uncertainty beside the answer
  headlineWide:
    'Cette part dépend des poids et des seuils choisis : selon {draws} tirages qui les font varier, elle va de {low} à {high} (5e–95e centile).',
  sensitivitySentence:
    'Sensibilité aux choix de la définition : en multipliant chaque poids par un facteur tiré entre 0,5 et 1,5 et en déplaçant chaque seuil de niveau de ±5 points ({draws} tirages, graine « {seed} »), la part au niveau 2 ou plus va de {low} à {high} (5e–95e centile).',
  sensitivityNone: 'Analyse de sensibilité non faite : aucune institution auditée.',
  clusteredSentence:
    'Intervalle de Wilson : {wilson}. Les sites d’un même prestataire ou d’une même plateforme partagent un gabarit : {clusters} grappes, effet de plan {designEffect}, soit l’équivalent de {effective} sites indépendants ; intervalle tenant compte des grappes : {clustered}.',
  clusteredTooFew:
    'Intervalle de Wilson : {wilson}. Les sites d’un même prestataire ou d’une même plateforme partagent un gabarit : {clusters} grappes, effet de plan {designEffect} ; moins de {min} grappes, pas d’intervalle par grappes.',
  coverageSentence:
    'Le registre compte aussi {noWebsite} : comptées, non auditées. Les {audited} institutions auditées représentent {coverage} des {population} institutions du registre.',
  coverageNone: 'Le registre de l’étude ne signale aucune institution sans site.',
  uncertaintyGroupsCaption: 'Incertitude par groupe de pairs : part au niveau 2 ou plus',
  deliberateShare: 'Niveau 2 ou plus',
  wilsonInterval: 'Intervalle de Wilson',
  clustersCount: 'Grappes',
  designEffect: 'Effet de plan',
  clusteredInterval: 'Intervalle par grappes',
  sensitivityRange: 'Sensibilité (5e–95e centile)',

  // By CMS and vendor
  vendorsHeading: 'Par CMS et prestataire',
  vendorsIntro:
    'Les niveaux et les contrôles les plus souvent échoués par CMS et par prestataire ou plateforme, pour ceux qui comptent au moins {min} sites audités : un défaut de gabarit partagé par de nombreuses communes apparaît ici en une ligne. Un CMS seul (WordPress) ne dit pas qui a fait le site.',
  vendorsAttributed: 'CMS, prestataire ou plateforme reconnus pour {attributed} des {audited} institutions auditées.',
  vendorsNoAttribution: 'Aucune institution auditée n’a de CMS, de prestataire ni de plateforme reconnus.',
  vendorsByCms: 'Par CMS',
  vendorsCms: 'CMS',
  vendorsVendor: 'Prestataire ou plateforme',
  vendorsByVendor: 'Par prestataire ou plateforme',
  vendorsNone: 'Aucun.',
  vendorsTooSmall: 'Trop petits pour être présentés (moins de {min} sites audités) : {groups}.',
  vendorsAllTooSmall: 'Aucun ne compte {min} sites audités ou plus ; trop petits pour être présentés : {groups}.',
  mostFailed: 'Contrôles les plus échoués',

  // Methodology: uncertainty and validation
  uncertaintyMethod:
    'Les sites d’un même prestataire ou d’une même plateforme partagent un gabarit et ses défauts : ils ne sont pas indépendants. Les grappes sont le prestataire ou la plateforme (un CMS seul n’en est pas une) ; un site sans prestataire connu forme sa propre grappe. La part au niveau 2 ou plus est donnée avec l’effet de plan de Kish et, à partir de {min} grappes, un intervalle de Wilson à l’effectif équivalent. L’analyse de sensibilité refait {draws} fois le calcul des niveaux en multipliant chaque poids par un facteur uniforme dans [0,5 ; 1,5] et en déplaçant chaque seuil de ±5 points (générateur à graine « {seed} » : même graine, mêmes fourchettes) ; la fourchette est du 5e au 95e centile, et la réponse la cite quand elle dépasse ±5 points.',
  validationHeading: 'Validation par des annotateurs',
  validationNone:
    'Aucune validation enregistrée pour cette étude (muniseo sample-for-review, puis muniseo agreement ; protocole dans docs/validation.md).',
  validationSites: 'Sites annotés retenus : {sites} ({files}) ; kappa pondéré {weights}, les niveaux étant ordonnés.',
  validationPair: 'Entre {first} et {second} : kappa {kappa}, accord exact {exact}, sur {sites} sites.',
  validationSettled:
    'Consensus : {agreed} sites d’accord, {byThird} tranchés par le troisième annotateur, {lowerLevel} ramenés au niveau le plus bas.',
  validationMuniseo: 'muniseo face au consensus : kappa {kappa}, accord exact {exact}, sur {sites} sites.',
  validationDeliberate:
    'Niveau 2 ou plus : précision {precision} ({tp} sur {positives} sites que muniseo y place), rappel {recall} ({tp} sur {truths} sites que le consensus y place).',
} as const;

export const uncertaintyEn: Record<keyof typeof uncertaintyFr, string> = {
  keyPracticesHeading: 'Key practices, dimension by dimension',
  keyPracticesIntro:
    'Before any index: the share of audited institutions that apply every key practice of each dimension (its checks of weight {weight} or more), among those where at least one applies; in brackets, the share applying each one.',
  keyPracticesPractices: 'Key practices',
  keyPracticesShare: 'Institutions applying them all',
  keyPracticesApplicable: 'Institutions where one applies',
  keyPracticesNone: 'No institution was audited: no practice can be counted.',

  headlineWide:
    'This share depends on the weights and thresholds chosen: over {draws} draws that move them, it ranges from {low} to {high} (5th–95th percentile).',
  sensitivitySentence:
    'Sensitivity to the definition’s choices: multiplying each weight by a factor drawn between 0.5 and 1.5 and moving each level threshold by ±5 points ({draws} draws, seed “{seed}”), the share at level 2 or above ranges from {low} to {high} (5th–95th percentile).',
  sensitivityNone: 'No sensitivity analysis: no institution was audited.',
  clusteredSentence:
    'Wilson interval: {wilson}. Sites built by one vendor or platform share a template: {clusters} clusters, design effect {designEffect}, worth {effective} independent sites; interval accounting for clusters: {clustered}.',
  clusteredTooFew:
    'Wilson interval: {wilson}. Sites built by one vendor or platform share a template: {clusters} clusters, design effect {designEffect}; fewer than {min} clusters, no clustered interval.',
  coverageSentence:
    'The registry also lists {noWebsite}: counted, not audited. The {audited} audited institutions are {coverage} of the registry’s {population} institutions.',
  coverageNone: 'The study’s registry lists no institution without a website.',
  uncertaintyGroupsCaption: 'Uncertainty by peer group: share at level 2 or above',
  deliberateShare: 'Level 2 or above',
  wilsonInterval: 'Wilson interval',
  clustersCount: 'Clusters',
  designEffect: 'Design effect',
  clusteredInterval: 'Clustered interval',
  sensitivityRange: 'Sensitivity (5th–95th percentile)',

  vendorsHeading: 'By CMS and vendor',
  vendorsIntro:
    'Levels and the checks failed most often by CMS and by vendor or platform, for those with at least {min} audited sites: a template flaw shared by many towns shows here as one line. A CMS alone (WordPress) does not say who built the site.',
  vendorsAttributed: 'CMS, vendor or platform recognised for {attributed} of the {audited} audited institutions.',
  vendorsNoAttribution: 'No audited institution has a recognised CMS, vendor or platform.',
  vendorsByCms: 'By CMS',
  vendorsCms: 'CMS',
  vendorsVendor: 'Vendor or platform',
  vendorsByVendor: 'By vendor or platform',
  vendorsNone: 'None.',
  vendorsTooSmall: 'Too small to show (fewer than {min} audited sites): {groups}.',
  vendorsAllTooSmall: 'None has {min} audited sites or more; too small to show: {groups}.',
  mostFailed: 'Checks failed most',

  uncertaintyMethod:
    'Sites built by one vendor or platform share a template and its flaws: they are not independent. Clusters are the vendor or the platform (a CMS alone is not one); a site with no known vendor is its own cluster. The share at level 2 or above comes with Kish’s design effect and, from {min} clusters, a Wilson interval at the effective sample size. The sensitivity analysis recomputes the levels {draws} times, multiplying each weight by a uniform factor in [0.5, 1.5] and moving each threshold by ±5 points (seeded generator “{seed}”: same seed, same ranges); the range runs from the 5th to the 95th percentile, and the answer cites it when it exceeds ±5 points.',
  validationHeading: 'Validation by labellers',
  validationNone:
    'No validation recorded for this study (muniseo sample-for-review, then muniseo agreement; protocol in docs/validation.md).',
  validationSites: 'Labelled sites kept: {sites} ({files}); weighted kappa {weights}, levels being ordered.',
  validationPair: 'Between {first} and {second}: kappa {kappa}, exact agreement {exact}, over {sites} sites.',
  validationSettled: 'Consensus: {agreed} sites agreed, {byThird} settled by the third labeller, {lowerLevel} brought to the lower level.',
  validationMuniseo: 'muniseo against the consensus: kappa {kappa}, exact agreement {exact}, over {sites} sites.',
  validationDeliberate:
    'Level 2 or above: precision {precision} ({tp} of the {positives} sites muniseo puts there), recall {recall} ({tp} of the {truths} sites the consensus puts there).',
};
