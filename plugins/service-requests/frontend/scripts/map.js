// The location step's map, scaled to a narrow screen: the click is scaled back to the map's own
// pixels and posted as the image button would. A keyboard "click" (detail 0) is left to the
// browser, which sends 0,0: the server then points to the address search.
;(function () {
  var image = document.querySelector('.request-map-image')
  if (!image || !image.form) return
  var form = image.form
  var width = Number(image.getAttribute('width'))
  image.parentNode.classList.add('is-scalable')
  image.addEventListener('click', function (event) {
    if (event.detail === 0) return
    var box = image.getBoundingClientRect()
    var scale = width / box.width
    event.preventDefault()
    ;[
      ['carte.x', event.clientX - box.left],
      ['carte.y', event.clientY - box.top],
    ].forEach(function (pair) {
      var field = document.createElement('input')
      field.type = 'hidden'
      field.name = pair[0]
      field.value = String(Math.max(0, Math.round(pair[1] * scale)))
      form.appendChild(field)
    })
    form.requestSubmit ? form.requestSubmit() : form.submit()
  })
})()
