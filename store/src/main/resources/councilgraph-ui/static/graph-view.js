// The graph views of /view/NETWORK: fetches /graph/NETWORK.cyjs with the page's query parameters
// and draws it with cytoscape.js. Loaded as a file (the pages allow no inline script); every text
// from the data goes into the page with textContent, never as HTML, since minutes are untrusted.
(function () {
  "use strict";

  var FILTERS = ["resource", "council", "committee", "from", "to"];
  // The attendance statuses filter the networks counted from attendance records only; they travel
  // as one comma-separated parameter, status=present,apologies.
  var BY_ATTENDANCE = ["co-attendance", "membership"];

  function countsAttendance(network) {
    return BY_ATTENDANCE.indexOf(network) >= 0;
  }

  // One colour and shape per node type, so the legend reads without colour too.
  var TYPES = {
    Person: { colour: "#2b6cb0", shape: "ellipse" },
    Committee: { colour: "#c05621", shape: "round-rectangle" },
    Council: { colour: "#9b2c2c", shape: "round-rectangle" },
    Meeting: { colour: "#2f855a", shape: "diamond" },
    AgendaItem: { colour: "#b7791f", shape: "rectangle" },
    Resolution: { colour: "#6b46c1", shape: "hexagon" },
    Report: { colour: "#718096", shape: "rectangle" },
    MinutesDocument: { colour: "#4a5568", shape: "tag" },
    Role: { colour: "#d53f8c", shape: "triangle" },
    MinutesConfirmation: { colour: "#319795", shape: "vee" },
    NextMeetingNotice: { colour: "#319795", shape: "vee" }
  };
  var OTHER = { colour: "#a0aec0", shape: "ellipse" };

  function styleOf(type) {
    return Object.prototype.hasOwnProperty.call(TYPES, type) ? TYPES[type] : OTHER;
  }

  function element(name, text, className) {
    var e = document.createElement(name);
    if (text !== undefined) {
      e.textContent = text;
    }
    if (className) {
      e.className = className;
    }
    return e;
  }

  // The page of a node on this server: /id/PATH for an IRI under the published base, the IRI
  // itself for another http(s) IRI, nothing for anything else (a javascript: IRI is never a link).
  function pageOf(iri, idBase) {
    if (idBase && iri.indexOf(idBase) === 0) {
      return "/id/" + iri.substring(idBase.length);
    }
    return /^https?:\/\//.test(iri) ? iri : null;
  }

  function networkOfPath() {
    var parts = window.location.pathname.split("/");
    return decodeURIComponent(parts[parts.length - 1] || "");
  }

  function filtersOfUrl() {
    var given = new URLSearchParams(window.location.search);
    var kept = new URLSearchParams();
    FILTERS.forEach(function (name) {
      var value = given.get(name);
      if (value) {
        kept.set(name, value);
      }
    });
    var statuses = [];
    given.getAll("status").forEach(function (value) {
      value.split(",").forEach(function (status) {
        if (status.trim() && statuses.indexOf(status.trim()) < 0) {
          statuses.push(status.trim());
        }
      });
    });
    if (statuses.length) {
      kept.set("status", statuses.join(","));
    }
    return kept;
  }

  function statusBoxes(form) {
    return Array.prototype.slice.call(form.querySelectorAll("input[name=status]"));
  }

  function showsFor(form, network) {
    form.classList.toggle("around-resource", network === "neighbourhood");
    form.classList.toggle("by-attendance", countsAttendance(network));
  }

  function fillForm(form, network, filters) {
    form.elements.network.value = network;
    FILTERS.forEach(function (name) {
      form.elements[name].value = filters.get(name) || "";
    });
    var chosenStatuses = (filters.get("status") || "").split(",");
    statusBoxes(form).forEach(function (box) {
      box.checked = chosenStatuses.indexOf(box.value) >= 0;
    });
    showsFor(form, network);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var chosen = form.elements.network.value;
      var query = new URLSearchParams();
      FILTERS.forEach(function (name) {
        var value = form.elements[name].value.trim();
        var applies = chosen === "neighbourhood" ? name === "resource" : name !== "resource";
        if (value && applies) {
          query.set(name, value);
        }
      });
      var checked = statusBoxes(form).filter(function (box) { return box.checked; })
        .map(function (box) { return box.value; });
      if (checked.length && countsAttendance(chosen)) {
        query.set("status", checked.join(","));
      }
      var search = query.toString();
      window.location.assign("/view/" + encodeURIComponent(chosen) + (search ? "?" + search : ""));
    });
    form.elements.network.addEventListener("change", function () {
      showsFor(form, form.elements.network.value);
    });
  }

  function downloads(nav, network, filters) {
    var search = filters.toString();
    [["gexf", "GEXF"], ["graphml", "GraphML"], ["cyjs", "Cytoscape JSON"], ["nodes.csv", "nodes CSV"],
      ["edges.csv", "edges CSV"]].forEach(function (format) {
      var a = element("a", format[1]);
      a.href = "/graph/" + encodeURIComponent(network) + "." + format[0] + (search ? "?" + search : "");
      nav.appendChild(document.createTextNode(" "));
      nav.appendChild(a);
    });
  }

  function say(status, text, refused) {
    status.textContent = text;
    status.classList.toggle("message", !!refused);
  }

  function showDetails(panel, rows, hint) {
    panel.replaceChildren(element("h2", "Details"));
    var list = element("dl");
    rows.forEach(function (row) {
      if (row[1] === undefined || row[1] === null || row[1] === "") {
        return;
      }
      list.appendChild(element("dt", row[0]));
      list.appendChild(element("dd", String(row[1])));
    });
    panel.appendChild(list);
    if (hint) {
      panel.appendChild(element("p", hint, "hint"));
    }
  }

  function legend(panel, cy, minWeight, maxWeight) {
    panel.replaceChildren(element("h2", "Legend"));
    var counts = {};
    cy.nodes().forEach(function (node) {
      var type = node.data("type");
      counts[type] = (counts[type] || 0) + 1;
    });
    var list = element("ul", undefined, "types");
    Object.keys(counts).sort().forEach(function (type) {
      var item = element("li");
      var swatch = element("span", undefined, "swatch shape-" + styleOf(type).shape);
      swatch.style.backgroundColor = styleOf(type).colour;
      item.appendChild(swatch);
      item.appendChild(element("span", type + " (" + counts[type] + ")"));
      item.dataset.type = type;
      list.appendChild(item);
    });
    panel.appendChild(list);
    var weights = element("p", undefined, "weights");
    weights.appendChild(element("span", undefined, "line thin"));
    if (minWeight === maxWeight) {
      weights.appendChild(document.createTextNode(" every edge has weight " + minWeight));
    } else {
      weights.appendChild(document.createTextNode(" weight " + minWeight + " … "));
      weights.appendChild(element("span", undefined, "line thick"));
      weights.appendChild(document.createTextNode(" weight " + maxWeight));
    }
    panel.appendChild(weights);
    panel.appendChild(element("p", "An edge's width and shade grow with its weight: "
      + "shared meetings, meetings attended, declarations or links, as the network counts them.", "hint"));
  }

  function layoutFor(network, centre, size) {
    if (network === "neighbourhood") {
      return {
        name: "concentric", animate: false, minNodeSpacing: 24, avoidOverlap: true,
        concentric: function (node) { return node.id() === centre ? 2 : 1; },
        levelWidth: function () { return 1; }
      };
    }
    // cose (a force-directed layout built into cytoscape) stays readable to a few hundred nodes;
    // fewer iterations on large networks keep the page responsive.
    return {
      name: "cose", animate: false, randomize: true, nodeDimensionsIncludeLabels: true,
      numIter: size > 300 ? 600 : 1500, idealEdgeLength: 100, nodeRepulsion: 400000, nodeOverlap: 20,
      componentSpacing: 80
    };
  }

  function draw(container, network, elements, idBase, centre) {
    var minWeight = Infinity;
    var maxWeight = -Infinity;
    elements.edges.forEach(function (edge) {
      minWeight = Math.min(minWeight, edge.data.weight);
      maxWeight = Math.max(maxWeight, edge.data.weight);
    });
    if (!isFinite(minWeight)) {
      minWeight = maxWeight = 1;
    }
    var span = Math.max(1, maxWeight - minWeight);
    var cy = window.cytoscape({
      container: container,
      elements: elements,
      wheelSensitivity: 0.3,
      minZoom: 0.05,
      maxZoom: 4,
      style: [
        {
          selector: "node",
          style: {
            "label": "data(label)",
            "font-size": 10,
            "min-zoomed-font-size": 7,
            "text-wrap": "ellipsis",
            "text-max-width": 140,
            "text-valign": "bottom",
            "text-margin-y": 3,
            "text-background-color": "#ffffff",
            "text-background-opacity": 0.7,
            "text-background-padding": 1,
            "width": function (node) { return 10 + 3 * Math.sqrt(node.degree(false)); },
            "height": function (node) { return 10 + 3 * Math.sqrt(node.degree(false)); },
            "background-color": function (node) { return styleOf(node.data("type")).colour; },
            "shape": function (node) { return styleOf(node.data("type")).shape; }
          }
        },
        {
          selector: "edge",
          style: {
            "width": function (edge) { return 1 + 7 * (edge.data("weight") - minWeight) / span; },
            "line-color": "#718096",
            "opacity": function (edge) { return 0.35 + 0.5 * (edge.data("weight") - minWeight) / span; },
            "curve-style": "haystack"
          }
        },
        { selector: "node.centre", style: { "border-width": 3, "border-color": "#1a202c" } },
        { selector: "node:selected, node.pointed", style: { "border-width": 3, "border-color": "#f6ad55" } },
        { selector: "edge.pointed", style: { "line-color": "#dd6b20", "opacity": 1 } }
      ],
      layout: layoutFor(network, centre, elements.nodes.length)
    });
    if (centre && cy.getElementById(centre).nonempty()) {
      cy.getElementById(centre).addClass("centre");
      document.getElementById("title").textContent = "Neighbourhood of " + cy.getElementById(centre).data("label");
    }
    // A small network fitted to the frame would be drawn huge; keep it at about natural size.
    if (cy.zoom() > 1.5) {
      cy.zoom(1.5);
      cy.center();
    }
    var details = document.getElementById("details");
    cy.on("mouseover tapstart", "node", function (event) {
      var node = event.target;
      node.addClass("pointed");
      showDetails(details, [["Label", node.data("label")], ["Type", node.data("type")],
        ["Council", node.data("council")], ["Links", node.degree(false)], ["IRI", node.data("iri")]],
        pageOf(node.data("iri"), idBase) ? "Click to open its page." : undefined);
    });
    cy.on("mouseover", "edge", function (event) {
      var edge = event.target;
      edge.addClass("pointed");
      showDetails(details, [["Relation", edge.data("relation")], ["Weight", edge.data("weight")],
        ["From", edge.source().data("label")], ["To", edge.target().data("label")]]);
    });
    cy.on("mouseout", "node, edge", function (event) {
      event.target.removeClass("pointed");
    });
    cy.on("tap", "node", function (event) {
      var page = pageOf(event.target.data("iri"), idBase);
      if (page) {
        window.location.assign(page);
      }
    });
    legend(document.getElementById("legend"), cy, minWeight, maxWeight);
    return cy;
  }

  function start() {
    var body = document.body;
    var network = networkOfPath();
    var filters = filtersOfUrl();
    var status = document.getElementById("status");
    var container = document.getElementById("graph");
    document.getElementById("title").textContent = "Graph view: " + network
      + (filters.get("resource") ? " of " + filters.get("resource") : "");
    document.title = network + " · graph view · councilgraph";
    fillForm(document.getElementById("filters"), network, filters);
    downloads(document.getElementById("downloads"), network, filters);
    if (typeof window.cytoscape !== "function") {
      say(status, "cytoscape.js did not load (/static/cytoscape.min.js); the files below still work.", true);
      body.dataset.state = "failed";
      return;
    }
    var search = filters.toString();
    fetch("/graph/" + encodeURIComponent(network) + ".cyjs" + (search ? "?" + search : ""),
      { headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          // 400 (a bad filter) and 422 (past the caps) say why in plain text, with a hint.
          return response.text().then(function (text) {
            throw { refused: true, message: "Not drawn: " + text.trim() };
          });
        }
        return response.json();
      })
      .then(function (data) {
        var elements = data.elements;
        if (elements.nodes.length === 0) {
          say(status, "This network has no nodes: no meeting matches the filters.", true);
          body.dataset.state = "empty";
          return;
        }
        say(status, elements.nodes.length + " nodes, " + elements.edges.length + " edges. "
          + "Drag to pan, scroll to zoom, point at a node for details, click it to open its page.");
        window.cgGraph = draw(container, network, elements, body.dataset.idBase, filters.get("resource"));
        body.dataset.state = "drawn";
      })
      .catch(function (error) {
        say(status, error && error.refused ? error.message : "The network could not be loaded: " + error, true);
        body.dataset.state = "refused";
      });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
