/* The map of /kaart/ and of an offer's detail page. The page works without it: the list and
   the addresses are always there. Data comes from a JSON script tag, never from inline code. */
(function () {
  "use strict";
  var element = document.getElementById("kaart");
  var data = document.getElementById("kaartpunten");
  if (!element || !data || typeof L === "undefined") { return; }

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

  var punten, kaart, laag;

  // Places close together become one numbered circle (leaflet.markercluster, from
  // static/vendor): a thumb can then hit what it aims at. Tapping it zooms in; where places
  // share one spot, they spread out. Without the plugin every marker is shown on its own.
  function groepslaag() {
    if (typeof L.markerClusterGroup !== "function") { return L.featureGroup(); }
    var uitleg = element.dataset.clusterUitleg || "";
    return L.markerClusterGroup({
      maxClusterRadius: 48,
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
      // With many places, clusters in slices of at most 40 ms, between which a phone can
      // answer a tap (the plugin looks at the clock every 200 markers).
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
  }

  var PER_TAAK = 25;

  function markersToevoegen(deel) {
    return function () {
      var markers = deel.map(function (punt) {
        var marker = L.marker([punt.lat, punt.lon], { title: punt.naam, alt: punt.naam, keyboard: true });
        marker.punt = punt;
        return marker;
      });
      if (laag.addLayers) {
        laag.addLayers(markers);
      } else {
        markers.forEach(function (marker) { laag.addLayer(marker); });
      }
    };
  }

  // The map is built in short tasks, each on its own: on a slow phone a tap or a scroll can
  // come between them, and no one of them holds the page up for long.
  var stappen = [
    function () {
      punten = JSON.parse(data.textContent);
      // The first view is the final one: a view that is moved once shown draws the markers
      // and asks for the tiles twice.
      kaart = L.map(element, { scrollWheelZoom: false });
      if (punten.length === 1) {
        kaart.setView([punten[0].lat, punten[0].lon], 15);
      } else if (punten.length > 1) {
        var hoeken = punten.map(function (punt) { return [punt.lat, punt.lon]; });
        kaart.fitBounds(L.latLngBounds(hoeken).pad(0.1));
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
    function () {
      // One popup for the whole layer, filled for the marker that is tapped (or gets Enter)
      // when it opens: a popup bound to each of 100+ markers costs more than the markers.
      laag = groepslaag().bindPopup(function (marker) { return popup(marker.punt); });
      laag.addTo(kaart);
      // The markers join the map in batches, each clustered in a task of its own.
      var delen = [];
      for (var begin = 0; begin < punten.length; begin += PER_TAAK) {
        delen.push(markersToevoegen(punten.slice(begin, begin + PER_TAAK)));
      }
      stappen.unshift.apply(stappen, delen);
    },
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
