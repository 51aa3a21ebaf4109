/* Loads the map only when someone asks for it, so an offer's page stays light on a phone.
   The address is always on the page; the map is extra. */
(function () {
  "use strict";
  var knop = document.getElementById("kaart-tonen");
  if (!knop) { return; }
  knop.hidden = false;
  knop.addEventListener("click", function () {
    document.getElementById("kaart").hidden = false;
    var css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = knop.dataset.leafletCss;
    document.head.appendChild(css);
    var leaflet = document.createElement("script");
    leaflet.src = knop.dataset.leafletJs;
    leaflet.onload = function () {
      var cluster = document.createElement("script");
      cluster.src = knop.dataset.clusterJs;
      cluster.onload = cluster.onerror = function () {
        var kaart = document.createElement("script");
        kaart.src = knop.dataset.kaartJs;
        document.body.appendChild(kaart);
      };
      document.body.appendChild(cluster);
    };
    document.body.appendChild(leaflet);
    knop.remove();
  });
})();
