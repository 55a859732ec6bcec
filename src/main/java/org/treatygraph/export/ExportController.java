package org.treatygraph.export;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /export/{format}?around=…&depth=…} or {@code ?cypher=…} (run in a read-only transaction)
 * or neither (the whole graph). The subgraph is read before the response starts, so a bad request
 * gets a 400/404 with a message instead of a truncated file.
 */
@RestController
class ExportController {

    private final SubgraphReader reader;

    ExportController(SubgraphReader reader) {
        this.reader = reader;
    }

    @GetMapping("/export/{format}")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String format, @RequestParam(required = false) String around,
            @RequestParam(required = false) Integer depth, @RequestParam(required = false) String cypher) {
        var exportFormat = ExportFormat.of(format);
        var request = new ExportRequest(around, depth, cypher);
        var subgraph = request.select(this.reader);
        var disposition = ContentDisposition.attachment().filename(request.fileName(exportFormat)).build();
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(exportFormat.contentType()))
            .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
            .header("X-Node-Count", String.valueOf(subgraph.nodes().size()))
            .header("X-Edge-Count", String.valueOf(subgraph.edges().size()))
            .body(out -> exportFormat.write(subgraph, out));
    }

    @ExceptionHandler({ IllegalArgumentException.class, SubgraphReader.InvalidQueryException.class })
    ResponseEntity<String> badRequest(RuntimeException ex) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN).body(ex.getMessage());
    }

    @ExceptionHandler(SubgraphReader.NotFoundException.class)
    ResponseEntity<String> notFound(RuntimeException ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body(ex.getMessage());
    }

}
