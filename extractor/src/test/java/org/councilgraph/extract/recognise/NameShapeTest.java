package org.councilgraph.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.councilgraph.extract.lexicon.Lexicons;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameShapeTest {

    private final NameShape shape = new NameShape(Lexicons.standard());

    @ParameterizedTest
    @ValueSource(strings = {
        "Planning Committee South", // samples/004 and corpus/d002
        "January Ordinary Meeting of Sligo County Council", // corpus/d048
        "Ordinary meeting of the Council", // corpus/d110
        "extraordinary meeting of the Community Council", // corpus/d041
        "Cabinet Committee on Performance Improvement", // samples/003
        "Planning Applications Sub-Committee (3)", // corpus/d003
        "Scrutiny Board (Children's Services) 2010/2011", // corpus/d045
        "Policy & Resources Committee", // corpus/d075
        "ANNUAL GENERAL MEETING OF DONEGAL COUNTY COUNCIL", // corpus/d070
    })
    void acceptsTheNamesOfBodies(String name) {
        assertTrue(shape.isBodyName(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "meeting were not intended to be a verbatim record. He acknowledged", // a verb, a sentence's end
        "of January Ordinary Meeting of Sligo County Council", // corpus/d048: opens on "of"
        "extraordinary meeting of the Community Council took place on", // corpus/d041: a verb, closes on "on"
        "Pursuant to the adoption by the Council on", // corpus/d150
        "Monthly Meeting of the Council on", // corpus/d106
        "Home > Your Council > Agenda", // corpus/d072: navigation
        "Meeting of: Policy & Resources Committee", // corpus/d075: a label
    })
    void refusesPiecesOfSentencesAndPages(String phrase) {
        assertFalse(shape.isBodyName(phrase), phrase);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Council Chamber, Shirehall, Abbey Foregate, Shrewsbury, SY2 6ND", // corpus/d004
        "the Council Chamber, Áras Contae an Chláir, New Road, Ennis, Co. Clare", // corpus/d065
        "Y Neuadd Goffa, Maeshyfryd, St. Dogmaels", // corpus/d110
        "via electronic media", // corpus/d038
        "remotely using Zoom", // corpus/d001
        "Cabinet Room 'B' - The Diamond Jubilee Room, County Hall, Preston", // samples/003
        "THE TIPPERARY COUNTY COUNCIL DISTRICT OFFICES, CASTLE AVENUE, THURLES", // corpus/d103
    })
    void acceptsTheNamesOfPlaces(String name) {
        assertTrue(shape.isPlaceName(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the next available opportunity as a true record",
        "order", // corpus/d044: "if in order"
        "the end of this month", // corpus/d105
        "the Old School 1) Chairman Andy Vigrass was unanimously elected as Chairman", // corpus/d006
    })
    void refusesWordsThatAreNoPlace(String phrase) {
        assertFalse(shape.isPlaceName(phrase), phrase);
    }
}
