// "Utiliser ma position": shown only when the browser can give a position; the server checks it
// is in the city.
;(function () {
  var form = document.getElementById('ma-position')
  if (!form || !('geolocation' in navigator)) return
  form.hidden = false
  var state = document.getElementById('ma-position-etat')
  form.addEventListener('submit', function (event) {
    if (form.elements.lat.value) return
    event.preventDefault()
    state.textContent = form.getAttribute('data-wait')
    navigator.geolocation.getCurrentPosition(
      function (position) {
        form.elements.lat.value = position.coords.latitude.toFixed(6)
        form.elements.lng.value = position.coords.longitude.toFixed(6)
        form.requestSubmit ? form.requestSubmit() : form.submit()
      },
      function () {
        state.textContent = form.getAttribute('data-fail')
      },
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 },
    )
  })
})()
