#include "render/strings.hpp"

#include <map>
#include <stdexcept>

namespace stakemap::render {

namespace {

struct Words {
  const char *en, *fr, *nl;
};

const std::map<std::string, Words>& table() {
  static const std::map<std::string, Words> words{
      {"title.map", {"Data-flow map", "Carte des flux de données", "Kaart van de gegevensstromen"}},
      {"title.ego", {"Ego network of {} (radius {})", "Réseau égocentré de {} (rayon {})", "Egonetwerk van {} (straal {})"}},
      {"title.territory", {"Organisations acting in {}", "Organisations actives en {}", "Organisaties actief in {}"}},
      {"title.community", {"Network community {}", "Communauté de réseau {}", "Netwerkgemeenschap {}"}},
      {"title.gaps", {"Gaps: desired, blocked and recommended links", "Lacunes : liens souhaités, bloqués et recommandés",
                      "Lacunes: gewenste, geblokkeerde en aanbevolen verbindingen"}},
      {"title.obstacles", {"Obstacles: flows held back", "Obstacles : flux entravés", "Obstakels: tegengehouden stromen"}},
      {"subtitle.date", {"Map as of {}", "Carte au {}", "Kaart op {}"}},
      {"subtitle.layer", {"flows: {}", "flux : {}", "stromen: {}"}},
      {"subtitle.counts", {"{} organisations, {} links", "{} organisations, {} liens", "{} organisaties, {} verbindingen"}},
      {"heading.fill", {"Colour: {}", "Couleur : {}", "Kleur: {}"}},
      {"heading.shape", {"Shape: {}", "Forme : {}", "Vorm: {}"}},
      {"heading.lines", {"Lines", "Traits", "Lijnen"}},
      {"heading.nodes", {"Outline and size", "Contour et taille", "Rand en grootte"}},
      {"heading.obstacles", {"Obstacles on links", "Obstacles sur les liens", "Obstakels op verbindingen"}},
      {"facet.level", {"level", "niveau", "niveau"}},
      {"facet.kind", {"kind of organisation", "type d'organisation", "soort organisatie"}},
      {"facet.territory", {"main territory", "territoire principal", "hoofdgebied"}},
      {"facet.community", {"network community", "communauté de réseau", "netwerkgemeenschap"}},
      {"facet.role", {"support role", "rôle de soutien", "ondersteunende rol"}},
      {"role.first-line", {"First-line support", "Soutien de première ligne", "Eerstelijnsondersteuning"}},
      {"role.secondary", {"Secondary support", "Soutien de deuxième ligne", "Tweedelijnsondersteuning"}},
      {"role.both", {"First-line and secondary support", "Soutien de première et de deuxième ligne",
                     "Eerste- en tweedelijnsondersteuning"}},
      {"role.none", {"No support role", "Aucun rôle de soutien", "Geen ondersteunende rol"}},
      {"community.n", {"Community {}", "Communauté {}", "Gemeenschap {}"}},
      {"value.other", {"Other: {}", "Autres : {}", "Andere: {}"}},
      {"value.unknown", {"Not given", "Non renseigné", "Niet opgegeven"}},
      {"line.mandatory", {"Mandatory flow", "Flux obligatoire", "Verplichte stroom"}},
      {"line.voluntary", {"Voluntary regular flow", "Flux volontaire régulier", "Vrijwillige regelmatige stroom"}},
      {"line.on_request", {"On-request flow (open arrow)", "Flux sur demande (flèche ouverte)", "Stroom op aanvraag (open pijl)"}},
      {"line.sporadic", {"Sporadic flow", "Flux sporadique", "Sporadische stroom"}},
      {"line.desired", {"Desired flow (not yet active)", "Flux souhaité (pas encore actif)", "Gewenste stroom (nog niet actief)"}},
      {"line.blocked", {"Blocked flow", "Flux bloqué", "Geblokkeerde stroom"}},
      {"line.recommended", {"Recommended link (no flow yet)", "Lien recommandé (pas encore de flux)",
                            "Aanbevolen verbinding (nog geen stroom)"}},
      {"line.context", {"Active flow", "Flux actif", "Actieve stroom"}},
      {"line.labelled", {"Labels on links: obstacles named by the flow", "Étiquettes des liens : obstacles cités",
                         "Labels op verbindingen: genoemde obstakels"}},
      {"node.silo", {"Red outline: works in silo", "Contour rouge : travaille en silo", "Rode rand: werkt in een silo"}},
      {"node.focus", {"Double outline: centre of the ego network", "Double contour : centre du réseau égocentré",
                      "Dubbele rand: middelpunt van het egonetwerk"}},
      {"node.size", {"Size: {} (from {} to {})", "Taille : {} (de {} à {})", "Grootte: {} (van {} tot {})"}},
  };
  return words;
}

}  // namespace

std::string ui_text(const std::string& key, const std::string& lang) {
  auto it = table().find(key);
  if (it == table().end()) throw std::logic_error("render: no text for '" + key + "'");
  return lang == "fr" ? it->second.fr : lang == "nl" ? it->second.nl : it->second.en;
}

std::string fill_in(const std::string& pattern, const std::vector<std::string>& args) {
  std::string out;
  std::size_t next = 0;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern.compare(i, 2, "{}") == 0 && next < args.size()) {
      out += args[next++];
      ++i;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

}  // namespace stakemap::render
