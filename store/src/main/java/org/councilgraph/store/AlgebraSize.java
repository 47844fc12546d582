package org.councilgraph.store;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorByType;
import org.apache.jena.sparql.algebra.op.Op0;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpExt;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpN;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprNone;
import org.apache.jena.sparql.expr.ExprTripleTerm;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.ExprVisitorFunction;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * How large a query's algebra is: its operators, triple patterns and expression terms, counted
 * over the algebra Jena compiles it to. Planning (Jena's optimiser, then TDB2's) runs on the
 * request's thread inside its read transaction, where the time limit cannot reach it, and costs
 * more than linearly in this size: 16,000 {@code FILTER}s, under the request size limit, took
 * 4.4 s to plan. A query larger than {@link #MAX} is refused before it is planned; the largest
 * documented query counts 108.
 */
final class AlgebraSize {

    /** The largest algebra planned: some ninety times the largest documented query's. */
    static final int MAX = 10_000;

    private AlgebraSize() {
    }

    /** The size of {@code query}'s algebra; compiling it is linear and cheap, unlike optimising it. */
    static int of(Query query) {
        Counter counter = new Counter();
        Walker.walk(Algebra.compile(query), counter, counter.terms);
        return counter.count;
    }

    private static final class Counter extends OpVisitorByType {
        private int count;
        private final ExprVisitorFunction terms = new ExprVisitorFunction() {
            @Override
            protected void visitExprFunction(ExprFunction function) {
                count++;
            }

            @Override
            public void visit(ExprFunctionOp exists) {
                count++;
            }

            @Override
            public void visit(NodeValue value) {
                count++;
            }

            @Override
            public void visit(ExprVar variable) {
                count++;
            }

            @Override
            public void visit(ExprAggregator aggregate) {
                count++;
            }

            @Override
            public void visit(ExprNone none) {
                count++;
            }

            @Override
            public void visit(ExprTripleTerm term) {
                count++;
            }
        };

        @Override
        public void visit(OpBGP bgp) {
            count += 1 + bgp.getPattern().size();
        }

        @Override
        public void visit(OpQuadPattern quads) {
            count += 1 + quads.getPattern().size();
        }

        @Override
        protected void visitN(OpN op) {
            count++;
        }

        @Override
        protected void visit2(Op2 op) {
            count++;
        }

        @Override
        protected void visit1(Op1 op) {
            count++;
        }

        @Override
        protected void visit0(Op0 op) {
            count++;
        }

        @Override
        protected void visitExt(OpExt op) {
            count++;
        }

        @Override
        protected void visitFilter(OpFilter op) {
            count++;
        }

        @Override
        protected void visitLeftJoin(OpLeftJoin op) {
            count++;
        }
    }
}
