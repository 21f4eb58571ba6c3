local handler = function(evt) error 'unhandled ' + evt;
handler('click')
