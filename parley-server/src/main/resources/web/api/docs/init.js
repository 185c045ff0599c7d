// Swagger UI over the server's own OpenAPI document (served locally from the swagger-ui WebJar).
window.ui = SwaggerUIBundle({url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true});
