/**
 * Compact stopword lists for keyword extraction (en, es, fr, de, pt, it, nl, ru), written out here
 * rather than imported so the Lambda bundle carries only these few hundred words.
 * News reporting verbs ("said", "told") and vague time words are included: they are never key terms.
 */

const LISTS: Record<string, string> = {
  en: `a about above after again against all almost also although always am among an and another any are around as at
back be became because become been before being below between both but by can could did do does doing done down during
each either else enough even ever every few for from further get gets got had has have having he her here hers herself
him himself his how however i if in into is it its itself just last least less like made make many may me might more
most much must my myself near nearly neither never new next no nor not now of off often on once one only onto or other
others otherwise our ours out over own per perhaps put rather really said same say says see seen several shall she
should since so some still such than that the their theirs them themselves then there these they this those though
through thus to told too toward towards under until up upon us very was we well were what whatever when where whether
which while who whom whose why will with within without would yet you your yours also according added including amid
despite week weeks month months year years day days time times today yesterday tomorrow monday tuesday wednesday
thursday friday saturday sunday mr mrs ms dr people way part lot lots thing things already around across along ago
however whose first second third two three four five six seven eight nine ten hundred thousand million billion percent
cent use used using want wants wanted said tell telling asked asking think thought go going went come came take took
give gave know known told says news report reported reports reporting statement statements likely unlikely
expected possible big large small high low good major key recent recently early late later earlier overnight far end
signed signaled signalled `,
  es: `a al algo algunas algunos ante antes como con contra cual cuando de del desde donde dos durante e el ella ellas
ellos en entre era eran es esa esas ese eso esos esta estaba estado estas este esto estos fue fueron ha habia había han
hasta hay la las le les lo los mas más me mi mientras muy ni no nos nosotros o otra otras otro otros para pero poco por
porque que qué quien se sea según ser si sí sin sino sobre su sus también tanto te tiene tienen todo todos tras tu un una
uno unos y ya dijo afirmó año años día días vez parte además así aunque cada después entonces hace puede pueden será`,
  fr: `à au aux avec ce ces cet cette comme dans de des du elle elles en entre est et été être eu il ils je la le les leur
leurs lui mais me même mes moi mon ne ni nos notre nous on ont ou où par pas plus pour qu que qui sa sans se ses si son
sont sur ta te tes toi ton tous tout toute toutes très tu un une vos votre vous y a ainsi alors après aussi avant avoir
bien car cela depuis donc encore fait faire lors peu peut selon sous tandis an ans année jour jours fois déclaré dit`,
  de: `aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei bin bis bist da damit dann
das dass dein deine dem den der des dessen dich die dies diese dieser dieses dir doch dort du durch ein eine einem einen
einer eines er es etwas euer für gegen hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre im in ist ja jede
jedem jeden jeder jedes jetzt kann kein keine können machen man mehr mein mich mir mit muss nach nicht nichts noch nun
nur ob oder ohne sehr sein seine sich sie sind so soll über um und uns unser unter viel vom von vor war waren was weil
wenn werden wie wieder will wir wird wurde wurden zu zum zur zwischen jahr jahre jahren tag tage sagte sagt laut bereits`,
  pt: `a ao aos as até com como da das de dela dele deles do dos e é ela elas ele eles em entre era essa essas esse esses
esta estas este estes eu foi foram há isso isto já lhe mais mas me mesmo meu minha muito na nas nem no nos nós o os ou
para pela pelas pelo pelos por porque qual quando que quem se sem ser seu seus sua suas também te tem têm um uma umas
uns vai você ano anos dia dias vez disse segundo após ainda sobre são pode podem será nesta neste nessa nesse num numa dum duma naquele naquela deste desta disso nisso aquele aquela`,
  it: `a ad al alla alle allo agli ai anche che chi con cui da dal dalla dalle dei del della delle dello di e è ed era
essere fa gli ha hanno i il in io la le lei lo loro lui ma mi ne nei nel nella nelle non noi o per più poi quale quando
quella quelle quelli quello questa queste questi questo se si sia sono sta su sua sue suo suoi tra tutti tutto un una
uno anno anni giorno giorni volta detto secondo dopo ancora sempre stato stati può essere`,
  ru: `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от
меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там
потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтобы без будто чего раз тоже себе под
будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем
всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про всего них какая много разве
три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю между это
также заявил сказал сообщил году года лет время`,
  nl: `aan al als bij dan dat de den der deze die dit door een en er haar had heb hebben heeft het hier hij hoe hun ik
in is je kan maar me met mij naar niet nog nu of om onder ons ook op over te tegen toen tot u uit van veel voor want was
wat we wel werd wie wij worden wordt zal ze zei zich zij zijn zo zou jaar jaren dag dagen volgens`,
};

const SETS = new Map<string, Set<string>>();
for (const [lang, words] of Object.entries(LISTS)) SETS.set(lang, new Set(words.split(/\s+/).filter(Boolean)));

/** The stopword set for an ISO 639-1 code; English (always included) for unknown languages. */
export function stopwordsFor(language: string): Set<string> {
  return SETS.get(language) ?? SETS.get('en')!;
}

/** English stopwords: merged into every language's list, since English names and phrases appear everywhere. */
export const ENGLISH_STOPWORDS = SETS.get('en')!;
