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
  var kaart = L.map(element, { scrollWheelZoom: false }).setView([52.0907, 5.1214], 12);
  L.tileLayer(element.dataset.tegels, {
    maxZoom: 19,
    attribution: element.dataset.attributie + " · Wijkgrenzen: Gemeente Utrecht, open data"
  }).addTo(kaart);

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
      .bindPopup(popup(punt));
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
  laag.addTo(kaart);
  if (markers.length === 1) {
    kaart.setView(markers[0].getLatLng(), 15);
  } else if (markers.length > 1) {
    kaart.fitBounds(L.featureGroup(markers).getBounds().pad(0.1));
  }

  if (element.dataset.grenzen && window.fetch) {
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
})();
