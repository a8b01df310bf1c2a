// The report's methods appendix: every figure the report shows, defined in en/fr/nl.
#include "core/escape.hpp"
#include "report/report_data.hpp"
#include "report/report_text.hpp"

namespace stakemap::report {

namespace {

struct Definition {
  const char* term[3];
  const char* text[3];
};

const Definition kDefinitions[] = {
    {{"Layer", "Couche", "Laag"},
     {"The flows analysed: by default the active ones. Parallel flows between the same two organisations count once; flows of an organisation to itself are left out.",
      "Les flux analysés : par défaut, les flux actifs. Plusieurs flux entre deux mêmes organisations comptent une fois ; les flux d'une organisation vers elle-même sont ignorés.",
      "De geanalyseerde stromen: standaard de actieve. Meerdere stromen tussen dezelfde twee organisaties tellen één keer; stromen van een organisatie naar zichzelf vallen weg."}},
    {{"Betweenness", "Intermédiarité", "Tussenliggendheid"},
     {"For each organisation, the share of shortest directed paths between two other organisations that pass through it, normalised by (n−1)(n−2) (Brandes' algorithm, as networkx).",
      "Pour chaque organisation, la part des plus courts chemins orientés entre deux autres organisations qui passent par elle, normalisée par (n−1)(n−2) (algorithme de Brandes, comme networkx).",
      "Voor elke organisatie het aandeel van de kortste gerichte paden tussen twee andere organisaties dat via haar loopt, genormaliseerd door (n−1)(n−2) (algoritme van Brandes, zoals networkx)."}},
    {{"PageRank", "PageRank", "PageRank"},
     {"The long-run share of time a random walk along the flows spends at the organisation (damping 0.85): high for organisations that receive data from organisations that themselves receive much.",
      "La part du temps qu'une marche aléatoire le long des flux passe à l'organisation (amortissement 0,85) : élevée pour celles qui reçoivent des données d'organisations qui en reçoivent beaucoup.",
      "Het aandeel van de tijd dat een willekeurige wandeling langs de stromen bij de organisatie doorbrengt (demping 0,85): hoog voor wie gegevens krijgt van organisaties die zelf veel ontvangen."}},
    {{"Silo", "Silo", "Silo"},
     {"An organisation with at least one of: no flow at all in the layer; no voluntary outgoing flow; receives mandatory reports but passes nothing on; only one-way ties.",
      "Une organisation présentant au moins un des cas : aucun flux dans la couche ; aucun flux volontaire sortant ; reçoit des rapports obligatoires sans rien transmettre ; uniquement des liens à sens unique.",
      "Een organisatie met minstens één van: geen enkele stroom in de laag; geen vrijwillige uitgaande stroom; ontvangt verplichte rapporten maar geeft niets door; alleen eenrichtingsbanden."}},
    {{"Single point of failure", "Point de défaillance unique", "Kwetsbare schakel"},
     {"An articulation point of the network read without direction: removing the organisation splits a connected part of the network in two or more.",
      "Un point d'articulation du réseau lu sans orientation : retirer l'organisation scinde une partie connexe du réseau en deux ou plus.",
      "Een scharnierpunt van het netwerk zonder richting gelezen: wie de organisatie weghaalt, splitst een samenhangend deel van het netwerk in twee of meer."}},
    {{"Coverage", "Couverture", "Dekking"},
     {"An organisation active in a territory covers every smallest territory below it (Brussels is under both the Flemish and the French Community and counts once). A cell counts the organisations covering the territory in the domain; gap: nobody; F: only national actors; H: only actors from a wider territory; S: local actors who share voluntarily with nobody else there.",
      "Une organisation active sur un territoire couvre chaque plus petit territoire situé en dessous (Bruxelles relève des Communautés flamande et française et ne compte qu'une fois). Une cellule compte les organisations couvrant le territoire dans le domaine ; lacune : personne ; F : seulement des acteurs nationaux ; H : seulement des acteurs d'un territoire plus vaste ; S : des acteurs locaux qui ne partagent volontairement avec personne d'autre sur place.",
      "Een organisatie die in een gebied actief is, dekt elk kleinste gebied eronder (Brussel valt onder de Vlaamse en de Franse Gemeenschap en telt één keer). Een cel telt de organisaties die het gebied in het domein dekken; hiaat: niemand; F: alleen nationale actoren; H: alleen actoren uit een ruimer gebied; S: lokale actoren die met niemand anders daar vrijwillig delen."}},
    {{"Obstacle prevalence", "Prévalence des obstacles", "Voorkomen van obstakels"},
     {"The share of organisations that name the obstacle among those perceived (several per organisation), as in question 40 of the needs assessment.",
      "La part des organisations qui citent l'obstacle parmi ceux perçus (plusieurs par organisation), comme à la question 40 de l'évaluation des besoins.",
      "Het aandeel van de organisaties dat het obstakel noemt (meerdere per organisatie), zoals in vraag 40 van de behoefteanalyse."}},
    {{"Needs against services", "Besoins et services", "Noden tegenover diensten"},
     {"For each need reported in a territory, the organisations offering the matching service there; unmet when none does, thin when fewer than two do.",
      "Pour chaque besoin signalé sur un territoire, les organisations qui y offrent le service correspondant ; non couvert si aucune, faible si moins de deux.",
      "Voor elke gemelde nood in een gebied de organisaties die daar de overeenkomstige dienst aanbieden; onbeantwoord als er geen is, zwak als er minder dan twee zijn."}},
    {{"Recommended link", "Lien recommandé", "Aanbevolen verbinding"},
     {"Two organisations that share territory, domain and public but exchange nothing; the score is the mean of the Jaccard similarities of their territories, domains, publics and services.",
      "Deux organisations qui partagent territoire, domaine et public mais n'échangent rien ; le score est la moyenne des similarités de Jaccard de leurs territoires, domaines, publics et services.",
      "Twee organisaties die gebied, domein en publiek delen maar niets uitwisselen; de score is het gemiddelde van de Jaccard-gelijkenissen van hun gebieden, domeinen, publieken en diensten."}},
    {{"Key players", "Acteurs clés", "Sleutelspelers"},
     {"The set of organisations that together reach the most others in one step along flows in either direction (Borgatti 2006, greedy choice improved by swaps).",
      "L'ensemble d'organisations qui, ensemble, atteignent le plus d'autres en une étape le long des flux, dans les deux sens (Borgatti 2006, choix glouton amélioré par échanges).",
      "De groep organisaties die samen in één stap langs stromen in beide richtingen de meeste andere bereikt (Borgatti 2006, gulzige keuze verbeterd door ruilen)."}},
    {{"What-if", "Scénario", "Wat-als"},
     {"The same measures computed on a copy of the map where a coordination platform is added and every organisation willing to share exchanges with it both ways. The stored map is not changed.",
      "Les mêmes mesures calculées sur une copie de la carte à laquelle on ajoute une plateforme de coordination avec laquelle chaque organisation disposée à partager échange dans les deux sens. La carte enregistrée n'est pas modifiée.",
      "Dezelfde maten berekend op een kopie van de kaart waaraan een coördinatieplatform is toegevoegd waarmee elke organisatie die wil delen in beide richtingen uitwisselt. De opgeslagen kaart verandert niet."}},
};

int index_of(const std::string& lang) { return lang == "fr" ? 1 : lang == "nl" ? 2 : 0; }

}  // namespace

std::string section_methods(const ReportData& d) {
  int i = index_of(d.lang());
  std::string out = "<section id=\"methods\"><h2>" + escape::xml(report_text("methods", d.lang())) +
                    "</h2>\n<dl class=\"methods\">\n";
  for (const auto& def : kDefinitions)
    out += "<dt>" + escape::xml(def.term[i]) + "</dt><dd>" + escape::xml(def.text[i]) + "</dd>\n";
  return out + "</dl></section>\n";
}

}  // namespace stakemap::report
