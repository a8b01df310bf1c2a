#pragma once
// Reads DOT text back with cgraph into plain structs, for render tests.
#include <graphviz/cgraph.h>

#include <map>
#include <string>
#include <vector>

namespace stakemap::render::testing {

struct ReadBack {
  std::map<std::string, std::string> graph;                  // graph attributes
  std::vector<std::map<std::string, std::string>> nodes;     // with "name"
  std::vector<std::map<std::string, std::string>> edges;     // with "tail", "head"
  std::map<std::string, std::vector<std::string>> clusters;  // label -> node names
};

inline std::map<std::string, std::string> attributes(void* obj, int kind, Agraph_t* root) {
  std::map<std::string, std::string> out;
  for (Agsym_t* sym = agnxtattr(root, kind, nullptr); sym; sym = agnxtattr(root, kind, sym))
    out[sym->name] = agxget(obj, sym);
  return out;
}

/// Parses `dot`; fails the test when cgraph cannot.
inline ReadBack read_back(const std::string& dot) {
  ReadBack r;
  Agraph_t* g = agmemread(dot.c_str());
  REQUIRE_MESSAGE(g != nullptr, dot);
  r.graph = attributes(g, AGRAPH, g);
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
    auto a = attributes(n, AGNODE, g);
    a["name"] = agnameof(n);
    r.nodes.push_back(a);
    for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) {
      auto ea = attributes(e, AGEDGE, g);
      ea["tail"] = agnameof(agtail(e));
      ea["head"] = agnameof(aghead(e));
      r.edges.push_back(ea);
    }
  }
  for (Agraph_t* s = agfstsubg(g); s; s = agnxtsubg(s)) {
    auto& members = r.clusters[agget(s, const_cast<char*>("label"))];
    for (Agnode_t* n = agfstnode(s); n; n = agnxtnode(s, n)) members.push_back(agnameof(n));
  }
  agclose(g);
  return r;
}

}  // namespace stakemap::render::testing
