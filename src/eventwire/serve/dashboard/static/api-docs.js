"use strict";
// Swagger UI over this server's OpenAPI document; bundled, no CDN.
window.addEventListener("DOMContentLoaded", () => {
  window.SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true});
});
