package org.budgetledger.platform.openapi;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.budgetledger.platform.http.LedgerPaths;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.problem.Problem;
import org.budgetledger.platform.problem.ProblemStatus;
import org.budgetledger.platform.request.ApiRequest;
import org.budgetledger.platform.security.Requires;
import org.budgetledger.rejection.ErrorCode;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.HandlerMethod;

/**
 * Completes the generated OpenAPI description with what the code says elsewhere: every problem
 * code each endpoint can answer (from {@link Rejects}, plus UNAUTHENTICATED, TOO_MANY_FAILED_LOGINS and DATABASE_UNAVAILABLE on all, grouped by HTTP status, each response
 * listing its codes in {@code x-problem-codes} with an example per code), and the
 * {@code {unit}}/{@code {year}} path parameters behind a {@link LedgerRef}.
 */
@Configuration(proxyBeanMethods = false)
public class ProblemDocumentation {

    /** The extension of a response that lists its problem codes. */
    public static final String CODES_EXTENSION = "x-problem-codes";
    private static final String PROBLEM_JSON = "application/problem+json";

    static {
        // A LedgerRef is resolved from the path, not read from the query string.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(LedgerRef.class);
    }

    @Bean
    public OpenApiCustomizer problemSchemaAndInfo() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            ModelConverters.getInstance().readAll(Problem.class).forEach(openApi.getComponents()::addSchemas);
            openApi.getComponents().addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                    .description("A user of the ledger (scripts, API clients, the journal)"));
            openApi.getComponents().addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("bearer").bearerFormat("JWT").description("When LEDGER_OIDC_ISSUER_URI is set: a JWT of that issuer, "
                            + "user name from preferred_username, grants from ledger_grants"));
            openApi.addSecurityItem(new SecurityRequirement().addList("basic"));
            openApi.addSecurityItem(new SecurityRequirement().addList("bearer"));
            openApi.getInfo().title("budget-ledger").version("v1").description("""
                    An event-sourced ledger for public-sector budgets: commands record a unit's fiscal year \
                    (年初预算, 年中追加/压减, revenue, expenditures, the close) and queries rebuild its final-account \
                    tables (部门决算). Amounts in requests are yuan strings with at most 2 decimals; every refusal is \
                    application/problem+json with a stable code, listed per endpoint under its status.""");
        };
    }

    @Bean
    public OperationCustomizer problemCodesPerOperation() {
        return (operation, handler) -> {
            addLedgerPathParameters(operation, handler);
            Set<ErrorCode> codes = codes(handler);
            if (codes.isEmpty()) {
                return operation;
            }
            if (operation.getResponses() == null) {
                operation.setResponses(new ApiResponses());
            }
            Map<Integer, List<ErrorCode>> byStatus = new TreeMap<>();
            for (ErrorCode code : codes) {
                byStatus.computeIfAbsent(ProblemStatus.of(code), status -> new ArrayList<>()).add(code);
            }
            byStatus.forEach((status, list) -> operation.getResponses().addApiResponse(String.valueOf(status), response(list)));
            return operation;
        };
    }

    /** The endpoint's own codes plus those of every endpoint of its kind. */
    static Set<ErrorCode> codes(HandlerMethod handler) {
        Rejects rejects = handler.getMethodAnnotation(Rejects.class);
        if (rejects == null) {
            return Set.of();
        }
        Set<ErrorCode> codes = new LinkedHashSet<>();
        codes.add(ErrorCode.VALIDATION_FAILED);
        // Every described endpoint needs an authenticated caller; one acting on a ledger needs a right on it.
        codes.add(ErrorCode.UNAUTHENTICATED);
        codes.add(ErrorCode.TOO_MANY_FAILED_LOGINS);
        // Any endpoint may meet a database outage: 503 with Retry-After, repeat with the same requestId.
        codes.add(ErrorCode.DATABASE_UNAVAILABLE);
        if (handler.hasMethodAnnotation(Requires.class)) {
            codes.add(ErrorCode.FORBIDDEN);
            codes.add(ErrorCode.LEDGER_NOT_FOUND);
        }
        codes.addAll(Arrays.asList(rejects.value()));
        boolean command = Arrays.stream(handler.getMethodParameters())
                .anyMatch(parameter -> ApiRequest.class.isAssignableFrom(parameter.getParameterType()));
        if (command) {
            codes.add(ErrorCode.REQUEST_ID_CONFLICT);
            codes.add(ErrorCode.CONCURRENT_MODIFICATION);
        }
        codes.add(ErrorCode.INTERNAL_ERROR);
        return codes;
    }

    private static ApiResponse response(List<ErrorCode> codes) {
        Map<String, Example> examples = new LinkedHashMap<>();
        for (ErrorCode code : codes) {
            examples.put(code.name(), new Example().summary(code.title()).value(Map.of(
                    "type", "https://budget-ledger.org/problems/" + code.name().toLowerCase().replace('_', '-'),
                    "title", code.title(), "status", ProblemStatus.of(code), "detail", code.title(), "code", code.name())));
        }
        MediaType problem = new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")).examples(examples);
        ApiResponse response = new ApiResponse()
                .description(String.join(", ", codes.stream().map(ErrorCode::name).toList()))
                .content(new Content().addMediaType(PROBLEM_JSON, problem));
        response.addExtension(CODES_EXTENSION, codes.stream().map(ErrorCode::name).toList());
        return response;
    }

    private static void addLedgerPathParameters(Operation operation, HandlerMethod handler) {
        boolean takesLedger = Arrays.stream(handler.getMethodParameters()).map(MethodParameter::getParameterType)
                .anyMatch(LedgerRef.class::equals);
        if (!takesLedger) {
            return;
        }
        List<Parameter> parameters = operation.getParameters() == null ? new ArrayList<>() : new ArrayList<>(operation.getParameters());
        parameters.removeIf(parameter -> "unit".equals(parameter.getName()) || "year".equals(parameter.getName()));
        parameters.add(0, new Parameter().in("path").name("year").required(true)
                .description("The fiscal year").schema(new IntegerSchema().minimum(java.math.BigDecimal.valueOf(LedgerPaths.MIN_YEAR))
                        .maximum(java.math.BigDecimal.valueOf(LedgerPaths.MAX_YEAR))).example(2023));
        parameters.add(0, new Parameter().in("path").name("unit").required(true)
                .description("The unit's code").schema(new StringSchema().pattern("^[A-Za-z0-9-]{1,32}$")).example("ZZJJ"));
        operation.setParameters(parameters);
    }
}
