package io.statementwarehouse.nlp;

/** The statement classes of EXTRACTION.md section 2, with their strength for "the strongest wins". */
public enum StatementClass {
    NONE(0), DEMAND(1), APPEAL(2), INTENT(3), PLEDGE(4);

    private final int strength;

    StatementClass(int strength) {
        this.strength = strength;
    }

    public int strength() {
        return strength;
    }

    public boolean isCommitment() {
        return this == PLEDGE || this == INTENT || this == APPEAL;
    }
}
