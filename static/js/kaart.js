/* The map of /kaart/ and of an offer's detail page. The page works without it: the list and
   the addresses are always there. Data comes from a JSON script tag, never from inline code. */
(function () {
  "use strict";
  var element = document.getElementById("kaart");
  var data = document.getElementById("kaartpunten");
  if (!element || !data || typeof L === "undefined") { return; }

  var punten = JSON.parse(data.textContent);
  // Hashed static file names hide the icons from Leaflet's own lookup: give their URLs.
  L.Icon.Default.imagePath = "";
  L.Icon.Default.mergeOptions({
    iconUrl: element.dataset.icoon,
    iconRetinaUrl: element.dataset.icoon2x,
    shadowUrl: element.dataset.schaduw
  });

  function popup(punt) {
    var inhoud = document.createElement("div");
    var kop = document.createElement("strong");
    kop.textContent = punt.naam;
    inhoud.appendChild(kop);
    if (punt.adres) {
      var adres = document.createElement("div");
      adres.textContent = punt.adres;
      inhoud.appendChild(adres);
    }
    var lijst = document.createElement("ul");
    punt.aanbod.forEach(function (a) {
      var li = document.createElement("li");
      var link = document.createElement("a");
      link.href = a.url;
      link.textContent = a.naam;
      li.appendChild(link);
      lijst.appendChild(li);
    });
    inhoud.appendChild(lijst);
    return inhoud;
  }

  var markers = punten.map(function (punt) {
    return L.marker([punt.lat, punt.lon], { title: punt.naam, alt: punt.naam, keyboard: true })
      .bindPopup(function () { return popup(punt); });  // built when opened, not 100 at load
  });

  // Places close together become one numbered circle (leaflet.markercluster, from
  // static/vendor): a thumb can then hit what it aims at. Tapping it zooms in; where places
  // share one spot, they spread out. Without the plugin every marker is shown on its own.
  var laag;
  if (typeof L.markerClusterGroup === "function") {
    var uitleg = element.dataset.clusterUitleg || "";
    laag = L.markerClusterGroup({
      maxClusterRadius: 48,
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
      // Clusters the markers in slices of at most 40 ms, between which a phone can answer
      // a tap (the default slice, 200 ms, is a long task).
      chunkedLoading: true,
      chunkInterval: 40,
      iconCreateFunction: function (groep) {
        var aantal = groep.getChildCount();
        var html = document.createElement("span");
        var getal = document.createElement("span");
        getal.textContent = String(aantal);
        var tekst = document.createElement("span");
        tekst.className = "visueel-verborgen";
        tekst.textContent = " " + uitleg;
        html.appendChild(getal);
        html.appendChild(tekst);
        return L.divIcon({
          html: html.innerHTML,
          className: "kaartcluster" + (aantal >= 10 ? " kaartcluster--groot" : ""),
          iconSize: L.point(44, 44)
        });
      }
    });
    laag.addLayers(markers);
  } else {
    laag = L.featureGroup(markers);
  }

  // Building the map, its tiles, the markers and the boundaries each get a task of their
  // own, after the one that ran Leaflet: on a slow phone a tap or a scroll can come between.
  var kaart;
  var stappen = [
    function () {
      // The first view is the final one: a view that is moved once shown draws the markers
      // and asks for the tiles twice.
      kaart = L.map(element, { scrollWheelZoom: false });
      if (markers.length === 1) {
        kaart.setView(markers[0].getLatLng(), 15);
      } else if (markers.length > 1) {
        kaart.fitBounds(L.featureGroup(markers).getBounds().pad(0.1));
      } else {
        kaart.setView([52.0907, 5.1214], 12);
      }
    },
    function () {
      L.tileLayer(element.dataset.tegels, {
        maxZoom: 19,
        attribution: element.dataset.attributie + " · Wijkgrenzen: Gemeente Utrecht, open data"
      }).addTo(kaart);
    },
    function () { laag.addTo(kaart); },
    function () {
      if (!element.dataset.grenzen || !window.fetch) { return; }
      fetch(element.dataset.grenzen)
        .then(function (antwoord) { return antwoord.json(); })
        .then(function (grenzen) {
          L.geoJSON(grenzen, {
            interactive: false,
            style: { color: "#5b2a86", weight: 2, fill: false, dashArray: "4 4" }
          }).addTo(kaart);
        })
        .catch(function () { /* the map works without boundaries */ });
    }
  ];
  function volgende() {
    if (stappen.length) {
      stappen.shift()();
      setTimeout(volgende, 0);
    }
  }
  setTimeout(volgende, 0);
})();
