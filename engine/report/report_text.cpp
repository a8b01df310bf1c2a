#include "report/report_text.hpp"

#include <map>

namespace stakemap::report {

namespace {

struct Words {
  const char* en;
  const char* fr;
  const char* nl;
};

const std::map<std::string, Words>& words() {
  static const std::map<std::string, Words> w{
      {"title", {"Data-sharing map", "Carte du partage de données", "Kaart van gegevensdeling"}},
      {"generated", {"Generated on {1} by stakemap {2}", "Généré le {1} par stakemap {2}", "Gemaakt op {1} door stakemap {2}"}},
      {"provenance", {"Map {1}, last changed {2} ({3}).", "Carte {1}, modifiée le {2} ({3}).", "Kaart {1}, laatst gewijzigd op {2} ({3})."}},
      {"layer", {"Flows analysed: {1}.", "Flux analysés : {1}.", "Geanalyseerde stromen: {1}."}},
      {"findings", {"Key findings", "Constats clés", "Belangrijkste vaststellingen"}},
      {"f.size", {"The map holds {1} organisations and {2} flows ({3} active, {4} desired, {5} blocked).",
                  "La carte compte {1} organisations et {2} flux ({3} actifs, {4} souhaités, {5} bloqués).",
                  "De kaart bevat {1} organisaties en {2} stromen ({3} actief, {4} gewenst, {5} geblokkeerd)."}},
      {"f.silos", {"{1} of {2} organisations ({3}) work in silo; the most frequent reason: {4}.",
                   "{1} organisations sur {2} ({3}) travaillent en silo ; raison la plus fréquente : {4}.",
                   "{1} van de {2} organisaties ({3}) werken in een silo; meest voorkomende reden: {4}."}},
      {"f.nosilos", {"No organisation works in silo on this layer.", "Aucune organisation ne travaille en silo sur cette couche.",
                     "Geen enkele organisatie werkt in een silo op deze laag."}},
      {"f.cut", {"Single points of failure: {1}. If one of them stops sharing, the network splits.",
                 "Points de défaillance uniques : {1}. Si l'un d'eux cesse de partager, le réseau se scinde.",
                 "Kwetsbare schakels: {1}. Als een van hen stopt met delen, valt het netwerk uiteen."}},
      {"f.nocut", {"No single organisation holds the network together: removing any one leaves it connected.",
                   "Aucune organisation seule ne tient le réseau : en retirer une le laisse connexe.",
                   "Geen enkele organisatie houdt het netwerk alleen samen: wie er ook wegvalt, het blijft verbonden."}},
      {"f.gaps", {"{1} territory × domain cells have no actor at all, for example {2}; {3} more are covered only from the federal level.",
                  "{1} cellules territoire × domaine n'ont aucun acteur, par exemple {2} ; {3} autres ne sont couvertes que depuis le niveau fédéral.",
                  "{1} cellen gebied × domein hebben geen enkele actor, bijvoorbeeld {2}; nog {3} worden alleen vanop het federale niveau gedekt."}},
      {"f.needs", {"Unmet needs: {1}.", "Besoins non couverts : {1}.", "Onbeantwoorde noden: {1}."}},
      {"f.obstacle", {"The most common obstacle to sharing is {1}, named by {2} of organisations ({3} of {4}); it blocks or holds up {5} flows.",
                      "L'obstacle au partage le plus cité est {1}, nommé par {2} des organisations ({3} sur {4}) ; il bloque ou freine {5} flux.",
                      "Het vaakst genoemde obstakel voor delen is {1}, genoemd door {2} van de organisaties ({3} van {4}); het blokkeert of vertraagt {5} stromen."}},
      {"f.keyplayers", {"Convene first: {1}. Together they reach {2} of the other {3} organisations directly.",
                        "À réunir en premier : {1}. Ensemble, ils atteignent directement {2} des {3} autres organisations.",
                        "Eerst samenbrengen: {1}. Samen bereiken ze rechtstreeks {2} van de {3} andere organisaties."}},
      {"f.hub", {"A coordination platform joined by the {1} willing organisations would shorten the average path from {2} to {3} steps, take the organisations in silo from {4} to {5} and the network's components from {6} to {7}.",
                 "Une plateforme de coordination rejointe par les {1} organisations volontaires raccourcirait le chemin moyen de {2} à {3} étapes, ferait passer les organisations en silo de {4} à {5} et les composantes du réseau de {6} à {7}.",
                 "Een coördinatieplatform met de {1} bereidwillige organisaties zou het gemiddelde pad inkorten van {2} naar {3} stappen, het aantal organisaties in een silo van {4} naar {5} brengen en de componenten van het netwerk van {6} naar {7}."}},
      {"f.hub.same", {"A coordination platform joined by the {1} willing organisations would shorten the average path from {2} to {3} steps and take the organisations in silo from {4} to {5}.",
                      "Une plateforme de coordination rejointe par les {1} organisations volontaires raccourcirait le chemin moyen de {2} à {3} étapes et ferait passer les organisations en silo de {4} à {5}.",
                      "Een coördinatieplatform met de {1} bereidwillige organisaties zou het gemiddelde pad inkorten van {2} naar {3} stappen en het aantal organisaties in een silo van {4} naar {5} brengen."}},
      {"f.nogaps", {"Every territory × domain cell has at least one actor; {1} are covered only from the federal level, for example {2}.",
                    "Chaque cellule territoire × domaine a au moins un acteur ; {1} ne sont couvertes que depuis le niveau fédéral, par exemple {2}.",
                    "Elke cel gebied × domein heeft minstens één actor; {1} worden alleen vanop het federale niveau gedekt, bijvoorbeeld {2}."}},
      {"maps", {"Maps", "Cartes", "Kaarten"}},
      {"map.whole", {"The whole map", "La carte entière", "De volledige kaart"}},
      {"map.gaps", {"Gaps: desired, blocked and recommended links", "Lacunes : liens souhaités, bloqués et recommandés",
                    "Hiaten: gewenste, geblokkeerde en aanbevolen verbindingen"}},
      {"centrality", {"Who holds the network: centrality", "Qui tient le réseau : centralité", "Wie het netwerk draagt: centraliteit"}},
      {"centrality.note", {"The {1} organisations with the highest betweenness (share of shortest paths passing through them).",
                           "Les {1} organisations à la plus forte intermédiarité (part des plus courts chemins qui passent par elles).",
                           "De {1} organisaties met de hoogste tussenliggendheid (aandeel van de kortste paden dat via hen loopt)."}},
      {"silos", {"Organisations working in silo", "Organisations travaillant en silo", "Organisaties die in een silo werken"}},
      {"coverage", {"Who does what where: coverage by territory and domain", "Qui fait quoi où : couverture par territoire et domaine",
                    "Wie doet wat waar: dekking per gebied en domein"}},
      {"coverage.note", {"Cells give the number of organisations covering the territory in the domain. Marks: ! no actor, F federal level only, H higher level only, S actors present but sharing with nobody there.",
                         "Chaque cellule donne le nombre d'organisations couvrant le territoire dans le domaine. Marques : ! aucun acteur, F niveau fédéral seulement, H niveau supérieur seulement, S acteurs présents mais ne partageant avec personne sur place.",
                         "Elke cel geeft het aantal organisaties dat het gebied in het domein dekt. Tekens: ! geen actor, F alleen federaal niveau, H alleen hoger niveau, S actoren aanwezig maar ze delen met niemand ter plaatse."}},
      {"obstacles", {"Obstacles to data sharing", "Obstacles au partage de données", "Obstakels voor gegevensdeling"}},
      {"obstacles.note", {"Share of organisations naming each obstacle (several answers possible).",
                          "Part des organisations citant chaque obstacle (plusieurs réponses possibles).",
                          "Aandeel van de organisaties dat elk obstakel noemt (meerdere antwoorden mogelijk)."}},
      {"needs", {"Needs against services", "Besoins et services", "Noden tegenover diensten"}},
      {"needs.note", {"Needs with no organisation offering the service in the territory (unmet) or fewer than {1} (thin), largest first.",
                      "Besoins sans organisation offrant le service sur le territoire (non couverts) ou avec moins de {1} (faiblement couverts), les plus importants d'abord.",
                      "Noden zonder organisatie die de dienst in het gebied aanbiedt (onbeantwoord) of met minder dan {1} (zwak gedekt), de grootste eerst."}},
      {"blocked", {"Wanted but blocked exchanges", "Échanges souhaités mais bloqués", "Gewenste maar geblokkeerde uitwisselingen"}},
      {"recommended", {"Recommended links", "Liens recommandés", "Aanbevolen verbindingen"}},
      {"keyplayers", {"Key players to convene", "Acteurs clés à réunir", "Sleutelspelers om samen te brengen"}},
      {"keyplayers.note", {"The {1} organisations that together reach the most others directly (Borgatti's KPP-Pos); gain = organisations newly reached.",
                           "Les {1} organisations qui, ensemble, atteignent directement le plus d'autres (KPP-Pos de Borgatti) ; gain = organisations nouvellement atteintes.",
                           "De {1} organisaties die samen rechtstreeks de meeste andere bereiken (KPP-Pos van Borgatti); winst = nieuw bereikte organisaties."}},
      {"whatif", {"What if a coordination platform were set up?", "Et si une plateforme de coordination était créée ?",
                  "Wat als er een coördinatieplatform kwam?"}},
      {"whatif.note", {"Scenario: {1}. Measures before and after, on the same layer.",
                       "Scénario : {1}. Mesures avant et après, sur la même couche.",
                       "Scenario: {1}. Metingen voor en na, op dezelfde laag."}},
      {"methods", {"Methods and definitions", "Méthodes et définitions", "Methoden en definities"}},
      {"col.org", {"Organisation", "Organisation", "Organisatie"}},
      {"col.reasons", {"Why", "Pourquoi", "Waarom"}},
      {"col.territory", {"Territory", "Territoire", "Gebied"}},
      {"col.need", {"Need", "Besoin", "Nood"}},
      {"col.weight", {"People", "Personnes", "Personen"}},
      {"col.offering", {"Offering", "Offrant", "Aanbieders"}},
      {"col.status", {"Status", "Statut", "Status"}},
      {"col.obstacle", {"Obstacle", "Obstacle", "Obstakel"}},
      {"col.flows", {"Flows", "Flux", "Stromen"}},
      {"col.from", {"From", "De", "Van"}},
      {"col.to", {"To", "Vers", "Naar"}},
      {"col.score", {"Score", "Score", "Score"}},
      {"col.reason", {"Reason", "Raison", "Reden"}},
      {"col.rank", {"Rank", "Rang", "Rang"}},
      {"col.gain", {"Gain", "Gain", "Winst"}},
      {"col.measure", {"Measure", "Mesure", "Maat"}},
      {"col.before", {"Before", "Avant", "Voor"}},
      {"col.after", {"After", "Après", "Na"}},
      {"col.in", {"In", "Entrants", "Inkomend"}},
      {"col.out", {"Out", "Sortants", "Uitgaand"}},
      {"col.betweenness", {"Betweenness", "Intermédiarité", "Tussenliggendheid"}},
      {"col.pagerank", {"PageRank", "PageRank", "PageRank"}},
      {"unmet", {"unmet", "non couvert", "onbeantwoord"}},
      {"thin", {"thin", "faible", "zwak"}},
      {"none", {"none", "aucun", "geen"}},
      {"m.organisations", {"organisations", "organisations", "organisaties"}},
      {"m.flows", {"flows in the layer", "flux de la couche", "stromen in de laag"}},
      {"m.weak_components", {"connected components", "composantes connexes", "samenhangende componenten"}},
      {"m.largest_component_share", {"share in the largest component", "part dans la plus grande composante", "aandeel in de grootste component"}},
      {"m.average_path_length", {"average path length (steps)", "longueur moyenne des chemins (étapes)", "gemiddelde padlengte (stappen)"}},
      {"m.silos", {"organisations in silo", "organisations en silo", "organisaties in een silo"}},
      {"m.uncovered_cells", {"territory × domain cells with no actor", "cellules territoire × domaine sans acteur", "cellen gebied × domein zonder actor"}},
      {"m.siloed_cells", {"territory × domain cells whose local actors share with nobody there", "cellules territoire × domaine dont les acteurs locaux ne partagent avec personne sur place", "cellen gebied × domein waarvan de lokale actoren met niemand ter plaatse delen"}},
      {"m.keyplayer_reach", {"reached by the top 3 key players", "atteintes par les 3 acteurs clés", "bereikt door de 3 sleutelspelers"}},
      {"sort.hint", {"Click a column heading to sort.", "Cliquez sur un en-tête de colonne pour trier.", "Klik op een kolomkop om te sorteren."}},
      {"and", {"and", "et", "en"}},
  };
  return w;
}

}  // namespace

const std::string& report_text(const std::string& key, const std::string& lang) {
  static std::map<std::string, std::string> cache;
  std::string cache_key = lang + "\x1f" + key;
  auto hit = cache.find(cache_key);
  if (hit != cache.end()) return hit->second;
  auto it = words().find(key);
  std::string text = it == words().end() ? key
                     : lang == "fr"      ? it->second.fr
                     : lang == "nl"      ? it->second.nl
                                         : it->second.en;
  return cache.emplace(cache_key, text).first->second;
}

std::string fill(std::string pattern, const std::initializer_list<std::string>& args) {
  int i = 1;
  for (const auto& a : args) {
    std::string mark = "{" + std::to_string(i++) + "}";
    for (auto pos = pattern.find(mark); pos != std::string::npos; pos = pattern.find(mark, pos + a.size()))
      pattern.replace(pos, mark.size(), a);
  }
  return pattern;
}

}  // namespace stakemap::report
