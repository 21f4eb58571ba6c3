local config = {
  port: error 'port unset',
};
{ server: config }
