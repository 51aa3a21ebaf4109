/* "Gebruik mijn locatie": asks the browser for the resident's location, rounds it to about
   100 metres and sends it in the GET form. Without this script (or without permission) the
   wijk-or-buurt choice next to it does the same. */
(function () {
  "use strict";
  var formulier = document.getElementById("locatieformulier");
  if (!formulier || !("geolocation" in navigator)) { return; }
  var knop = document.getElementById("gebruik-locatie");
  var melding = document.getElementById("locatie-melding");
  formulier.hidden = false;
  knop.addEventListener("click", function () {
    knop.disabled = true;
    melding.textContent = formulier.dataset.bezig;
    navigator.geolocation.getCurrentPosition(
      function (positie) {
        formulier.elements.lat.value = positie.coords.latitude.toFixed(3);
        formulier.elements.lon.value = positie.coords.longitude.toFixed(3);
        formulier.submit();
      },
      function () {
        knop.disabled = false;
        melding.textContent = formulier.dataset.fout;
        var gebied = document.getElementById("id_gebied");
        if (gebied) { gebied.focus(); }
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 }
    );
  });
})();
